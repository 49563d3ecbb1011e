import { trusted } from '@/lib/content/handlers';
import { t } from '@/lib/i18n';
import type { Template } from '@/lib/templates/schema';

export interface SuggestStripProps {
  templates: readonly Template[];
  top: number;
  left: number;
  maxWidth: number;
  onPick(index: number): void;
}

/** Up to three suggested templates above the reply box (contract 4: `[data-replyguard-suggest]`). */
export function SuggestStrip({ templates, top, left, maxWidth, onPick }: SuggestStripProps) {
  return (
    <div
      data-replyguard-suggest=""
      role="listbox"
      aria-label={t('suggestLabel')}
      title={t('suggestHint')}
      style={{
        position: 'fixed',
        top: `${top}px`,
        left: `${left}px`,
        // Under the explanation card and dialogs of our layer when they overlap (they come first).
        zIndex: -1,
        maxWidth: `${Math.max(160, maxWidth * 0.6)}px`,
        display: 'flex',
        gap: '4px',
        overflow: 'hidden',
        pointerEvents: 'auto',
        font: '12px/1.4 system-ui, sans-serif',
      }}
    >
      {templates.map((template, index) => (
        <button
          key={template.id}
          type="button"
          role="option"
          aria-selected={index === 0}
          data-template-id={template.id}
          data-rank={index + 1}
          onMouseDown={(event) => event.preventDefault()}
          onClick={trusted(() => onPick(index))}
          style={{
            cursor: 'pointer',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            border: '1px solid var(--rg-border, #dadce0)',
            borderRadius: '12px',
            background: index === 0 ? '#e8f0fe' : '#fff',
            color: '#202124',
            padding: '2px 8px',
            font: 'inherit',
          }}
        >
          <kbd style={{ fontSize: '10px', color: '#5f6368', marginRight: '4px' }}>
            {index === 0 ? 'Tab' : `Alt+${index + 1}`}
          </kbd>
          {template.title}
        </button>
      ))}
    </div>
  );
}
