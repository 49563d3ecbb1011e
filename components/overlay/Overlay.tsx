import type { Finding } from '@/lib/detect/types';
import type { Box } from '@/lib/editor/types';
import type { Fix } from '@/lib/findings/fixes';
import type { CardState } from '@/lib/overlay/card-control';
import type { MarkView } from '@/lib/overlay/pick';
import { Card } from './Card';
import { Marks } from './Marks';

export interface OverlayProps {
  marks: MarkView[];
  /** The open card, if any (its mark must be among `marks`). */
  card: CardState | null;
  /** Where a card goes when its mark has no box on screen (the editor's box), read only then. */
  fallback(): Box | undefined;
  onClose(): void;
  onPointer(inside: boolean): void;
  onFix(finding: Finding, fix: Fix): void;
}

/** The marks over the reply box and the open explanation card. */
export function Overlay({ marks, card, fallback, onClose, onPointer, onFix }: OverlayProps) {
  const open = card ? marks.find((mark) => mark.key === card.key) : undefined;
  const anchor = open && (open.boxes[0] ?? fallback());
  return (
    <>
      <Marks marks={marks.filter((mark) => mark.boxes.length)} active={card?.key ?? null} />
      {open && card && anchor ? (
        <Card
          findings={open.parts.map((part) => part.finding)}
          anchor={anchor}
          focus={card.focus}
          error={card.error}
          onClose={onClose}
          onPointer={onPointer}
          onFix={onFix}
        />
      ) : null}
    </>
  );
}
