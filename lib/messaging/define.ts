import { browser } from 'wxt/browser';
import { z } from 'zod';

/** Every message between extension parts is an envelope `{type, payload}` validated with zod at both ends. */
const EnvelopeSchema = z.object({ type: z.string().min(1), payload: z.unknown() });

export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  type: string;
  request: Req;
  response: Res;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  type: string,
  request: Req,
  response: Res,
): MessageDef<Req, Res> {
  return { type, request, response };
}

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

function answerOf<Res extends z.ZodType>(def: MessageDef<z.ZodType, Res>, answer: unknown): z.output<Res> {
  const reply = ReplySchema.parse(answer);
  if (!reply.ok) throw new Error(reply.error);
  return def.response.parse(reply.value);
}

/** Sends a validated request to the background and validates its answer. */
export async function sendMessage<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
  payload: z.input<Req>,
): Promise<z.output<Res>> {
  const envelope = { type: def.type, payload: def.request.parse(payload) };
  return answerOf(def, await browser.runtime.sendMessage(envelope));
}

/** Sends a validated request to one frame of a tab (default: its top frame) and validates the answer. */
export async function sendToTab<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
  tabId: number,
  payload: z.input<Req>,
  frameId = 0,
): Promise<z.output<Res>> {
  const envelope = { type: def.type, payload: def.request.parse(payload) };
  return answerOf(def, await browser.tabs.sendMessage(tabId, envelope, { frameId }));
}

type Sender = { tab?: { id?: number }; url?: string };
type Handler = (payload: unknown, sender: Sender) => Promise<unknown> | unknown;

/** A table of handlers (background, or a content feature); `listen` wires it to runtime.onMessage. */
export class MessageRouter {
  private readonly handlers = new Map<string, Handler>();

  on<Req extends z.ZodType, Res extends z.ZodType>(
    def: MessageDef<Req, Res>,
    handler: (payload: z.output<Req>, sender: Sender) => Promise<z.input<Res>> | z.input<Res>,
  ): this {
    this.handlers.set(def.type, async (payload, sender) =>
      def.response.parse(await handler(def.request.parse(payload), sender)),
    );
    return this;
  }

  /** Answers one envelope; unknown types are left for other listeners (returns undefined). */
  handle(message: unknown, sender: Sender): Promise<unknown> | undefined {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const handler = this.handlers.get(envelope.data.type);
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(envelope.data.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  }

  /** Answers messages until `signal` aborts (for ever without one). */
  listen(signal?: AbortSignal): void {
    if (signal?.aborted) return;
    const listener = (message: unknown, sender: Sender) =>
      signal?.aborted ? undefined : this.handle(message, sender);
    browser.runtime.onMessage.addListener(listener);
    signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
      once: true,
    });
  }
}
