/**
 * The starter library: replies for the whole cross-border service lifecycle, seeded on first run.
 * Written for ReplyGuard. The default body is English (the buyers' common language), with simplified and
 * traditional Chinese for every starter and Indonesian, Thai, Vietnamese and Portuguese for the common
 * ones (./starter-languages.ts); titles and tags are Chinese for the agents. Every body is lint-clean on every platform in its scope (tests/unit/templates/starter).
 */
import { type Template, type TemplateInput, TemplateSchema } from './schema';
import { STARTER_BODIES, STARTER_KEYWORDS } from './starter-languages';

type StarterInput = Omit<TemplateInput, 'source' | 'schemaVersion' | 'id'> & { id: string };

const STARTERS: StarterInput[] = [
  {
    id: 'greeting',
    title: '欢迎问候',
    titleEn: 'Greeting',
    abbreviation: 'hi',
    tags: ['问候', '售前'],
    body: 'Hello {buyer_name}, thank you for reaching out to {shop_name}. My name is {agent_name} and I am happy to help. {cursor}',
    variants: {
      es: 'Hola {buyer_name}, gracias por escribir a {shop_name}. Me llamo {agent_name} y con gusto le ayudo. {cursor}',
      pt: 'Olá {buyer_name}, obrigado por falar com a {shop_name}. Meu nome é {agent_name} e estou aqui para ajudar. {cursor}',
    },
  },
  {
    id: 'checking',
    title: '稍等查询',
    titleEn: 'One moment, checking',
    abbreviation: 'wait',
    tags: ['问候'],
    body: 'Thank you for your patience, {buyer_name}. I am checking this for you now and will reply within a few minutes.',
  },
  {
    id: 'in-stock',
    title: '有货确认',
    titleEn: 'In stock',
    abbreviation: 'stock',
    tags: ['售前'],
    body: 'Good news, {buyer_name}: this item is in stock and ready to ship. Orders placed today are usually dispatched within 1-2 business days. {cursor}',
  },
  {
    id: 'out-of-stock',
    title: '暂时缺货',
    titleEn: 'Out of stock',
    abbreviation: 'oos',
    tags: ['售前'],
    body: 'Sorry, {buyer_name}, this option is temporarily out of stock. We expect new stock around {date+7d}. If you like, I can suggest a similar option that is available now. {cursor}',
  },
  {
    id: 'size-advice',
    title: '尺码建议',
    titleEn: 'Size advice',
    abbreviation: 'size',
    tags: ['售前'],
    body: 'Happy to help with the size, {buyer_name}. Please check the size chart in the product images and compare it with a similar item you already own, measured flat. If you share your usual size and measurements, I will recommend one. {cursor}',
  },
  {
    id: 'product-details',
    title: '商品详情说明',
    titleEn: 'Product details',
    abbreviation: 'spec',
    tags: ['售前'],
    body: 'Thank you for your question, {buyer_name}. {cursor} You can also find the full specifications in the description section of the product page.',
  },
  {
    id: 'shipping-time',
    title: '发货与运输时间',
    titleEn: 'Shipping times',
    abbreviation: 'ship',
    tags: ['售前', '物流'],
    body: 'We dispatch orders within 1-3 business days. Standard international delivery then usually takes 7-20 business days depending on the destination and local customs. You will see the tracking details on the order page once the parcel is dispatched.',
    variants: {
      es: 'Enviamos los pedidos en 1-3 días hábiles. La entrega internacional estándar suele tardar de 7 a 20 días hábiles según el destino y la aduana local. Verá el seguimiento en la página del pedido cuando se envíe el paquete.',
      pt: 'Enviamos os pedidos em 1-3 dias úteis. A entrega internacional padrão costuma levar de 7 a 20 dias úteis, conforme o destino e a alfândega local. O rastreio aparecerá na página do pedido assim que o pacote for enviado.',
    },
  },
  {
    id: 'customs-duties',
    title: '关税说明',
    titleEn: 'Customs duties',
    abbreviation: 'duty',
    tags: ['售前', '物流'],
    body: 'Import duties and taxes depend on the rules of your country. Where the marketplace collects them at checkout, nothing more is due on delivery. Otherwise the local customs office may ask the recipient to pay them. I am sorry we cannot control these charges.',
  },
  {
    id: 'order-confirmed',
    title: '订单确认',
    titleEn: 'Order confirmed',
    abbreviation: 'ok',
    tags: ['订单'],
    body: 'Thank you for your order {order_id}, {buyer_name}. It is confirmed and we are preparing it now. We expect to dispatch it by {date+2d}.',
  },
  {
    id: 'address-check',
    title: '核对收货地址',
    titleEn: 'Confirm address',
    abbreviation: 'addr',
    tags: ['订单'],
    body: 'Before we dispatch order {order_id}, could you please confirm that the shipping address shown on the order page is complete, including the apartment number and postal code? Any change must be made on the order page.',
  },
  {
    id: 'dispatched',
    title: '已发货',
    titleEn: 'Dispatched',
    abbreviation: 'sent',
    tags: ['物流', '订单'],
    body: 'Your order {order_id} has been dispatched with {carrier}. The tracking number is {tracking_number}. Tracking may take 2-3 days to show the first scan.',
    variants: {
      es: 'Su pedido {order_id} ya fue enviado con {carrier}. El número de seguimiento es {tracking_number}. El primer escaneo puede tardar 2-3 días en aparecer.',
      pt: 'Seu pedido {order_id} foi enviado pela {carrier}. O código de rastreio é {tracking_number}. O primeiro registro pode levar 2-3 dias para aparecer.',
    },
  },
  {
    id: 'tracking-label-created',
    title: '物流查询：已生成面单',
    titleEn: 'Tracking: label created',
    abbreviation: 'label',
    tags: ['物流'],
    body: 'Hello {buyer_name}, the shipping label for order {order_id} has been created and the parcel is waiting for collection by {carrier}. The status will change to "in transit" after the first scan, usually within 3 days.',
  },
  {
    id: 'tracking-in-transit',
    title: '物流查询：运输中',
    titleEn: 'Tracking: in transit',
    abbreviation: 'transit',
    tags: ['物流'],
    body: 'Hello {buyer_name}, your parcel {tracking_number} is in transit with {carrier}. International parcels sometimes show no new scan for several days while they travel between countries; this is normal. The current estimate for delivery is {date+10d}.',
    variants: {
      es: 'Hola {buyer_name}, su paquete {tracking_number} está en tránsito con {carrier}. Es normal que un envío internacional pase varios días sin nuevas actualizaciones. La entrega estimada es el {date+10d}.',
      pt: 'Olá {buyer_name}, seu pacote {tracking_number} está em trânsito com a {carrier}. É normal um envio internacional ficar alguns dias sem novas atualizações. A previsão de entrega é {date+10d}.',
    },
  },
  {
    id: 'tracking-customs',
    title: '物流查询：清关中',
    titleEn: 'Tracking: in customs',
    abbreviation: 'customs',
    tags: ['物流'],
    body: 'Hello {buyer_name}, your parcel {tracking_number} has arrived in your country and is going through customs clearance. This usually takes 3-7 days. If customs needs any document from you, they will contact you directly through the official channel.',
    variants: {
      es: 'Hola {buyer_name}, su paquete {tracking_number} llegó a su país y está en trámite de aduana. Esto suele tardar de 3 a 7 días.',
      pt: 'Olá {buyer_name}, seu pacote {tracking_number} chegou ao seu país e está no desembaraço aduaneiro. Isso costuma levar de 3 a 7 dias.',
    },
  },
  {
    id: 'tracking-out-for-delivery',
    title: '物流查询：派送中',
    titleEn: 'Tracking: out for delivery',
    abbreviation: 'ofd',
    tags: ['物流'],
    body: 'Good news, {buyer_name}: your parcel {tracking_number} is out for delivery with {carrier} and should arrive today. Please keep an eye out for it.',
  },
  {
    id: 'tracking-delivered-not-received',
    title: '显示签收但未收到',
    titleEn: 'Delivered but not received',
    abbreviation: 'dnr',
    tags: ['物流', '售后'],
    body: 'I am sorry to hear that, {buyer_name}. The tracking for {tracking_number} shows the parcel as delivered. Could you please check with neighbours, your building reception and any safe place around the door? Carriers sometimes mark a parcel delivered a day early. If it has not turned up by {date+2d}, please tell us here and we will open an investigation with {carrier}.',
  },
  {
    id: 'delay-apology',
    title: '物流延误致歉',
    titleEn: 'Delay apology',
    abbreviation: 'delay',
    tags: ['物流'],
    body: 'We are sorry that order {order_id} is taking longer than expected, {buyer_name}. The delay is on the carrier side and the parcel is still moving. We are following it closely and will update you by {date+3d}. Thank you for your patience.',
    variants: {
      es: 'Lamentamos que el pedido {order_id} esté tardando más de lo previsto, {buyer_name}. El paquete sigue en camino y lo estamos siguiendo de cerca. Le daremos novedades antes del {date+3d}. Gracias por su paciencia.',
      pt: 'Sentimos muito que o pedido {order_id} esteja demorando mais que o previsto, {buyer_name}. O pacote continua a caminho e estamos acompanhando de perto. Daremos notícias até {date+3d}. Obrigado pela paciência.',
    },
  },
  {
    id: 'lost-parcel',
    title: '包裹丢失处理',
    titleEn: 'Lost parcel',
    abbreviation: 'lost',
    tags: ['物流', '售后'],
    body: 'We are very sorry, {buyer_name}. {carrier} has confirmed that parcel {tracking_number} was lost in transit. We can send a replacement at no cost to you or issue a full refund through the platform. Please let us know which you prefer.',
  },
  {
    id: 'return-how-to',
    title: '退货流程',
    titleEn: 'How to return',
    abbreviation: 'return',
    tags: ['售后'],
    body: 'You can return the item within the return window shown on the order page. Please start a return request from order {order_id} and follow the steps there; the platform will give you the return label or address. Once the return is received and checked, the refund is released automatically.',
  },
  {
    id: 'refund-issued',
    title: '退款已处理',
    titleEn: 'Refund issued',
    abbreviation: 'refund',
    tags: ['退款', '售后'],
    body: 'Hello {buyer_name}, the refund for order {order_id} has been issued through the platform. Depending on your bank or card issuer it can take 3-10 business days to appear on your statement.',
    variants: {
      es: 'Hola {buyer_name}, el reembolso del pedido {order_id} ya se emitió a través de la plataforma. Según su banco, puede tardar de 3 a 10 días hábiles en reflejarse.',
      pt: 'Olá {buyer_name}, o reembolso do pedido {order_id} já foi emitido pela plataforma. Dependendo do seu banco, pode levar de 3 a 10 dias úteis para aparecer.',
    },
  },
  {
    id: 'refund-timeline',
    title: '退款进度说明',
    titleEn: 'Refund timeline',
    abbreviation: 'rtime',
    tags: ['退款', '售后'],
    body: 'Your refund request for order {order_id} is being processed. We will approve it as soon as the return tracking shows the parcel on its way back to us, by {date+3d} at the latest.',
  },
  {
    id: 'exchange',
    title: '换货安排',
    titleEn: 'Exchange',
    abbreviation: 'swap',
    tags: ['售后'],
    body: 'We are happy to exchange the item, {buyer_name}. Please tell us the size or colour you would like, and start a return from order {order_id}. We will dispatch the new item as soon as the return is on its way.',
  },
  {
    id: 'wrong-item',
    title: '发错货处理',
    titleEn: 'Wrong item received',
    abbreviation: 'wrong',
    tags: ['售后'],
    body: 'We are sorry that you received the wrong item, {buyer_name}. Could you please send a photo of the item and its label here in this chat? We will then send the correct item at no cost to you, or arrange a refund through the platform if you prefer.',
  },
  {
    id: 'damaged-item',
    title: '商品破损处理',
    titleEn: 'Damaged item',
    abbreviation: 'damage',
    tags: ['售后'],
    body: 'We are sorry the item arrived damaged, {buyer_name}. Please share photos of the item and the packaging here so we can report it to {carrier}. We will then offer a replacement or a refund through the platform, whichever you prefer.',
  },
  {
    id: 'defective-troubleshoot',
    title: '质量问题排查',
    titleEn: 'Troubleshooting a defect',
    abbreviation: 'fault',
    tags: ['售后'],
    body: 'Thank you for letting us know, {buyer_name}. To find the cause quickly, could you describe what happens and, if possible, attach a short video or photo here? {cursor}',
  },
  {
    id: 'dispute-response',
    title: '纠纷协商',
    titleEn: 'Resolving a dispute',
    abbreviation: 'dispute',
    tags: ['纠纷', '售后'],
    body: 'Hello {buyer_name}, we have seen your request for order {order_id} and we want to solve it fairly. We have added our proposal and the evidence to the case on the platform. Please review it there; if you have more photos or details, add them to the case and we will respond within 24 hours.',
  },
  {
    id: 'dispute-evidence',
    title: '纠纷补充凭证',
    titleEn: 'Dispute: ask for evidence',
    abbreviation: 'proof',
    tags: ['纠纷'],
    body: 'To help the platform decide quickly, could you please upload clear photos of the item, the label and the packaging to the case for order {order_id}? We will follow the outcome of the review.',
  },
  {
    id: 'feedback-request',
    title: '邀请评价（合规）',
    titleEn: 'Invite feedback (compliant)',
    abbreviation: 'fb',
    tags: ['评价'],
    body: 'Hello {buyer_name}, we hope order {order_id} arrived safely. If you have a moment, you are welcome to share your honest experience on the order page. If anything is not right, please tell us here first so we can help.',
  },
  {
    id: 'negative-feedback-followup',
    title: '差评回访',
    titleEn: 'Following up unhappy buyer',
    abbreviation: 'sorry',
    tags: ['评价', '售后'],
    body: 'Hello {buyer_name}, we are sorry your order {order_id} did not meet your expectations. We would like to put it right: please tell us what went wrong and we will offer a solution through the platform.',
  },
  {
    id: 'holiday-notice',
    title: '假期发货通知',
    titleEn: 'Holiday dispatch notice',
    abbreviation: 'holiday',
    tags: ['物流', '订单'],
    body: 'Please note that our warehouse is closed for a public holiday. Orders placed now will be dispatched from {date+5d}. Thank you for your understanding.',
  },
  {
    id: 'closing',
    title: '结束语',
    titleEn: 'Closing',
    abbreviation: 'bye',
    tags: ['问候'],
    body: 'Is there anything else I can help you with, {buyer_name}? Thank you for shopping with {shop_name}. Have a great day!\n{agent_name}',
    variants: {
      es: '¿Hay algo más en lo que pueda ayudarle, {buyer_name}? Gracias por comprar en {shop_name}. ¡Que tenga un buen día!\n{agent_name}',
      pt: 'Posso ajudar em mais alguma coisa, {buyer_name}? Obrigado por comprar na {shop_name}. Tenha um ótimo dia!\n{agent_name}',
    },
  },
];

const ID_PREFIX = 'starter.';

/** The languages this release added to a starter (not in releases before the buyers' languages). */
export function languagesAddedToStarter(id: string): string[] {
  return id.startsWith(ID_PREFIX) ? Object.keys(STARTER_BODIES[id.slice(ID_PREFIX.length)] ?? {}) : [];
}

/** Starter templates, validated; ids are `starter.<slug>` so they never clash with the agent's own. */
export function starterTemplates(): Template[] {
  return STARTERS.map(({ id, ...rest }) =>
    TemplateSchema.parse({
      ...rest,
      id: `${ID_PREFIX}${id}`,
      source: 'starter',
      variants: { ...rest.variants, ...STARTER_BODIES[id] },
      keywords: STARTER_KEYWORDS[id] ?? [],
    }),
  );
}
