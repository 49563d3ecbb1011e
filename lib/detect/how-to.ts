/**
 * Cancelling explained, not asked for: the buyer wants to cancel or asked how, and the seller shows the way
 * ("if you want to cancel, tap 'Cancel order'", 您要取消的话，在"我的订单"里点"取消订单", chị muốn hủy thì bấm
 * "Hủy đơn", Kakak tadi tanya cara membatalkan…). The wish or the question names cancelling itself, and comes
 * before the finding in the reply; "if you want the red one, cancel and reorder" is still a request. Pure.
 */
const WISH = new RegExp(
  [
    // en
    "\\b(?:if|since|as|when)\\s+you(?:['’]d| would| still| really)?\\s+(?:want|wish|like|need|prefer|decide|choose)\\s+(?:to\\s+)?(?:cancel|stop)",
    '\\bhow\\s+(?:to|do i|can i|do you|you can|one can)\\s+cancel',
    '\\basked\\s+(?:us\\s+)?(?:about\\s+|how\\s+to\\s+)?cancel',
    '\\b(?:since|as)\\s+you\\s+(?:asked|requested|wished|wanted)(?:\\s+(?:us|me))?(?:\\s+how)?\\s*[:,]',
    '\\b(?:since|as)\\s+you\\s+asked(?:\\s+us)?\\s+how\\b',
    '\\bto\\s+cancel\\s+(?:your|the|a)\\s+(?:\\S+\\s+){0,2}?(?:membership|subscription|plan|trial|auto-?renew\\w*)',
    '\\b(?:sure|of course|yes)[,!.]?\\s+(?:\\S+\\s+){0,2}?you\\s+can\\s+(?:still\\s+)?cancel\\s+(?:it|this|the order|your order)\\s+yourself',
    '\\byou\\s+(?:mentioned|said)\\s+you\\s+(?:want|would like|wanted)\\s+to\\s+(?:cancel|stop)',
    // zh
    '(?:要|想|需要|如需|如要|若要|如果要|如果想|如果需要)(?:取消|退单|撤单)',
    '(?:怎么|怎样|如何)(?:取消|退单|撤单)',
    '取消(?:的)?(?:方法|步骤|流程)',
    '(?:不想要|不要)了?的话',
    '您(?:说|讲)(?:不想要|不要了|想退)',
    // vi, id/ms, tl, th
    '(?:muốn|cần|định)\\s+(?:hủy|huỷ)',
    'cách\\s+(?:hủy|huỷ)',
    '\\b(?:cara|caranya)\\s+(?:nak\\s+|untuk\\s+|mau\\s+)?(?:membatalkan|batalkan|batal|pembatalan|cancel)',
    '\\b(?:kalau|jika|bila|kalo)\\s+(?:\\S{1,8}\\s+)?(?:mau|ingin|nak|hendak)\\s+(?:membatalkan|batalkan|batal|cancel)',
    '\\b(?:kung|if)\\s+gusto\\s+(?:niyo|nyo|mo|ninyo)\\s+(?:\\S{1,8}\\s+){0,2}?(?:i-?cancel|mag-?cancel|kanselahin)',
    '\\bpaano\\s+(?:po\\s+)?(?:mag-?cancel|i-?cancel|magkansela)',
    'วิธียกเลิก',
    '(?:ต้องการ|อยาก)ยกเลิก',
    // es, pt, fr, de, it
    '\\b(?:si|en caso de que)\\s+(?:usted\\s+)?(?:desea|deseas|quiere|quieres|prefiere|prefieres|necesita|necesitas|decide|decides)\\s+(?:cancelar|anular)',
    '\\bcomo\\s+(?:nos\\s+|me\\s+)?(?:ha|has)\\s+(?:preguntado|pedido|solicitado)\\s*[:,]',
    '\\bque\\s+(?:usted\\s+)?(?:quiere|quieres|desea|deseas|prefiere|necesita)\\s+(?:cancelar|anular)',
    "\\bcomme\\s+vous\\s+(?:le\\s+)?(?:souhaitez|voulez|désirez|l['’]avez demandé|me l['’]avez demandé|nous l['’]avez demandé)\\s*[:,]",
    '\\b(?:since|dahil|kasi)\\s+(?:kayo|ikaw|you)\\s+(?:po\\s+)?(?:ang\\s+)?nag-?(?:request|tanong)\\s*[:,]',
    '\\bc[oó]mo\\s+(?:puedo\\s+|puede\\s+|se puede\\s+)?cancelar',
    '\\bse\\s+(?:voc[eê]\\s+)?(?:quiser|deseja|desejar|precisar|preferir)\\s+cancelar',
    '\\bcomo\\s+(?:posso\\s+|pode\\s+)?cancelar',
    '\\b(?:voc[eê]|o senhor|a senhora)\\s+(?:quer|queria|deseja|gostaria de|prefere|pretende)\\s+(?:desistir|cancelar)',
    '\\bsi\\s+vous\\s+(?:souhaitez|voulez|désirez|preferez|préférez)\\s+annuler',
    '\\bcomment\\s+annuler',
    '\\bwenn\\s+sie\\s+(?:\\S{1,12}\\s+){0,2}?(?:stornieren|zurücktreten)\\s+(?:möchten|wollen)',
    '\\bwie\\s+(?:sie\\s+)?(?:\\S{1,12}\\s+){0,2}?stornieren',
    '\\bse\\s+(?:desidera|vuole|vuoi)\\s+annullare',
    '\\bcome\\s+(?:mi|ci)\\s+(?:hai|ha|avete)\\s+chiesto\\s*[:,]',
    '\\bzoals\\s+(?:je|u)\\s+(?:vroeg|vroegt|wilde|wilt|aangaf)\\s*[:,]',
    // ru
    'как\\s+отменить',
    '(?:если|раз)\\s+(?:вы\\s+)?(?:хотите|желаете|решили)\\s+отменить',
    'вы\\s+спрашивали\\s*[:,]',
  ].join('|'),
  'iu',
);

/** How far before the finding the wish may sit (UTF-16 units). */
const REACH = 240;

/** What is cancelled, when it is no order: a subscription, a membership, a plan. */
const NOT_AN_ORDER =
  /^["'”’»」]?\s*(?:(?:your|the|this|my|a|tu|su|sua|votre|ihr\w{0,2}|il|la)\s+)?(?:monthly\s+|annual\s+)?(?:subscriptions?|memberships?|plans?|trials?|auto-?renew\w*|suscripci[oó]n|assinatura|abonnement|abo)\b/iu;
/** …or named before the verb, as Chinese does: 把退款取消 (cancel the refund), 自动续费取消. */
const NOT_AN_ORDER_BEFORE = /(?:退款|退货|售后|投诉|订阅|会员|自动续费|续费)(?:申请)?\s*$/u;

/**
 * Whether a cancel finding over [start, end) follows the buyer's own wish to cancel or their question how,
 * or cancels no order at all ("choose "Cancel subscription"").
 */
export function cancelExplained(text: string, start: number, end = start): boolean {
  return (
    NOT_AN_ORDER.test(text.slice(end, end + 40)) ||
    NOT_AN_ORDER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    WISH.test(text.slice(Math.max(0, start - REACH), start + 40))
  );
}
