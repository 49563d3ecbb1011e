import { browser } from 'wxt/browser';
import { z } from 'zod';

/** Every message between extension parts is an envelope `{type, payload}` validated with zod at both ends. */
export const EnvelopeSchema = z.object({ type: z.string().min(1), payload: z.unknown() });

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

/** Sends a validated request to the background and validates its answer. */
export async function sendMessage<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
  payload: z.input<Req>,
): Promise<z.output<Res>> {
  const answer: unknown = await browser.runtime.sendMessage({
    type: def.type,
    payload: def.request.parse(payload),
  });
  const reply = ReplySchema.parse(answer);
  if (!reply.ok) throw new Error(reply.error);
  return def.response.parse(reply.value);
}

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

type Handler = (
  payload: unknown,
  sender: { tab?: { id?: number }; url?: string },
) => Promise<unknown> | unknown;

/** A background-side table of handlers; `listen` wires it to runtime.onMessage. */
export class MessageRouter {
  private readonly handlers = new Map<string, Handler>();

  on<Req extends z.ZodType, Res extends z.ZodType>(
    def: MessageDef<Req, Res>,
    handler: (
      payload: z.output<Req>,
      sender: { tab?: { id?: number }; url?: string },
    ) => Promise<z.input<Res>> | z.input<Res>,
  ): this {
    this.handlers.set(def.type, async (payload, sender) =>
      def.response.parse(await handler(def.request.parse(payload), sender)),
    );
    return this;
  }

  /** Answers one envelope; unknown types are left for other listeners (returns undefined). */
  handle(message: unknown, sender: { tab?: { id?: number }; url?: string }): Promise<unknown> | undefined {
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

  listen(): void {
    browser.runtime.onMessage.addListener((message, sender) => this.handle(message, sender));
  }
}
