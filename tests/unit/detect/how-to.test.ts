import { describe, expect, it } from 'vitest';
import { cancelExplained } from '@/lib/detect/how-to';

const at = (text: string, word: string) => cancelExplained(text, text.lastIndexOf(word));

describe('cancelExplained: the buyer wants to cancel or asked how, the seller shows the way', () => {
  it.each([
    ['If you would like to cancel, tap Cancel order under My Orders.', 'Cancel order'],
    ['你要是想取消的话，点"取消订单"就可以', '取消订单'],
    ['Chị muốn hủy thì bấm "Hủy đơn" ạ', 'Hủy đơn'],
    ['Kakak tanya cara membatalkan: pilih Batalkan Pesanan', 'Batalkan'],
    ['ตามที่ถามวิธียกเลิก กด "ยกเลิกคำสั่งซื้อ" ได้เลยค่ะ', 'ยกเลิกคำสั่งซื้อ'],
    ['Si desea cancelar, entre en Mis pedidos y pulse Cancelar pedido.', 'Cancelar pedido'],
    ['Wenn Sie die Bestellung stornieren möchten, klicken Sie auf Stornieren.', 'Stornieren'],
    ['As you requested: open Your Orders and tap Cancel items.', 'Cancel items'],
    ['您说不想要了的话，点"取消订单"就行', '取消订单'],
    ['Você deseja desistir? É só tocar em Cancelar pedido.', 'Cancelar pedido'],
    ['Вы спрашивали, как отменить: нажмите «Отменить заказ».', 'Отменить заказ'],
    ["Come mi hai chiesto: puoi annullare l'ordine da I miei ordini.", "annullare l'ordine"],
  ])('explained: %s', (text, word) => {
    expect(at(text, word)).toBe(true);
  });
  it.each([
    ['If you want the red one, please cancel the order and reorder.', 'cancel the order'],
    ['如果想要红色的话，麻烦您取消订单重新拍', '取消订单'],
    ['Please cancel the order, we are out of stock.', 'cancel the order'],
    ['As you wanted the blue one, please cancel the order and buy it again.', 'cancel the order'],
  ])('asked for: %s', (text, word) => {
    expect(at(text, word)).toBe(false);
  });
  it('reads only a wish that comes before, within reach', () => {
    const far = `If you want to cancel, fine. ${'We ship daily from Shenzhen. '.repeat(12)}Please cancel the order.`;
    expect(at(far, 'cancel the order')).toBe(false);
  });
});

describe('cancelExplained: what is cancelled is no order', () => {
  it.each([
    ['You can cancel your monthly subscription under Your Account.', 'cancel'],
    ['Choose "Cancel subscription" to end the plan.', 'Cancel'],
    ['收到后您把退款取消一下就行', '取消'],
    ['会员自动续费取消一下就行', '取消'],
  ])('%s', (text, word) => {
    const start = text.indexOf(word);
    expect(cancelExplained(text, start, start + word.length)).toBe(true);
  });
  it('still reads an order cancelled', () => {
    const text = '麻烦您把订单取消一下';
    expect(cancelExplained(text, text.indexOf('取消'), text.indexOf('取消') + 2)).toBe(false);
  });
});
