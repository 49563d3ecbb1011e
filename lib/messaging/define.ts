import { browser } from 'wxt/browser';
import { z } from 'zod';
import { allows, classifySender, type From, type Sender, type SenderPolicy } from './sender';

export type { From, Sender, SenderPolicy } from './sender';

/** Every message between extension parts is an envelope `{type, payload}` validated with zod at both ends. */
const EnvelopeSchema = z.object({ type: z.string().min(1), payload: z.unknown() });

export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  type: string;
  request: Req;
  response: Res;
  /** Who may send it (default: our extension pages and background only). */
  senders: SenderPolicy;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  type: string,
  request: Req,
  response: Res,
  senders: SenderPolicy = 'extension',
): MessageDef<Req, Res> {
  return { type, request, response, senders };
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

type Handler = (payload: unknown, from: From) => Promise<unknown> | unknown;

/** Our own extension id and origin, from the browser (tests pass a router their own). */
function ownIdentity(): { id: string; origin: string } {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * A table of handlers (background, or a content feature); `listen` wires it to runtime.onMessage. Each
 * message is answered only for the senders its definition allows: the browser's `sender` says who sent
 * it (a page, or a frame's content script, cannot claim another URL), and handlers get the classified
 * sender (`from`), so a content script's platform comes from its URL, never from its payload.
 */
export class MessageRouter {
  private readonly handlers = new Map<string, { def: MessageDef<z.ZodType, z.ZodType>; run: Handler }>();

  constructor(private readonly identity: () => { id: string; origin: string } = ownIdentity) {}

  on<Req extends z.ZodType, Res extends z.ZodType>(
    def: MessageDef<Req, Res>,
    handler: (payload: z.output<Req>, from: From) => Promise<z.input<Res>> | z.input<Res>,
  ): this {
    this.handlers.set(def.type, {
      def,
      run: async (payload, from) => def.response.parse(await handler(def.request.parse(payload), from)),
    });
    return this;
  }

  /** Answers one envelope; unknown types are left for other listeners (returns undefined). */
  handle(message: unknown, sender: Sender): Promise<unknown> | undefined {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const entry = this.handlers.get(envelope.data.type);
    if (!entry) return undefined;
    return Promise.resolve()
      .then(() => {
        const { id, origin } = this.identity();
        const from = classifySender(sender, id, origin);
        if (!allows(entry.def.senders, from)) {
          console.warn(`[ReplyGuard] ${envelope.data.type} refused from ${from.kind} sender ${sender.url}`);
          throw new Error(`${envelope.data.type} is not allowed from this sender`);
        }
        return entry.run(envelope.data.payload, from);
      })
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
