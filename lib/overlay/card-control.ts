/** The open explanation card: which finding, opened from the keyboard (with focus), the last fix error. */
export interface CardState {
  key: string;
  focus: boolean;
  error?: string;
}

/**
 * Which explanation card is open. Hovering a mark opens its card; it hides a moment after the pointer
 * leaves (time to reach it), unless the pointer is on the card or the keyboard opened it (then it
 * stays until closed). `changed` is called whenever what to draw changed.
 */
export class CardControl {
  private state: CardState | null = null;
  private overCard = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly changed: () => void,
    private readonly hideAfterMs = 300,
  ) {}

  get current(): CardState | null {
    return this.state;
  }

  /** The pointer is over the mark with this key, or over none. */
  hover(key: string | null): void {
    if (key === null) {
      if (this.state && !this.state.focus) this.hideSoon();
      return;
    }
    this.stopHiding();
    if (this.state?.key !== key) this.set({ key, focus: false });
  }

  /** The pointer entered or left the card itself. */
  pointerOnCard(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.stopHiding();
    else this.hideSoon();
  }

  /** Opens a card with focus in it (the keyboard, or a fix that failed and says why). */
  focus(key: string, error?: string): void {
    this.set(error === undefined ? { key, focus: true } : { key, focus: true, error });
  }

  close(): void {
    this.overCard = false;
    this.set(null);
  }

  /** Forgets the card when its finding is no longer drawn (no redraw: called while drawing). */
  keepOnly(keys: ReadonlySet<string>): void {
    if (this.state && !keys.has(this.state.key)) this.state = null;
  }

  stop(): void {
    this.stopHiding();
  }

  private set(next: CardState | null): void {
    this.state = next;
    this.changed();
  }

  private hideSoon(): void {
    this.stopHiding();
    this.timer = setTimeout(() => {
      if (this.state && !this.state.focus && !this.overCard) this.close();
    }, this.hideAfterMs);
  }

  private stopHiding(): void {
    clearTimeout(this.timer);
  }
}
