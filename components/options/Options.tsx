import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { GeneralTab } from './GeneralTab';
import './options.css';
import { RulesTab } from './RulesTab';
import { SlaTab } from './SlaTab';
import { TemplatesTab } from './TemplatesTab';

/** One tab per capability; each feature adds its own tab component here. */
const OPTION_TABS: Array<{ id: string; label: string; component: ComponentType }> = [
  { id: 'general', label: 'optionsTabGeneral', component: GeneralTab },
  { id: 'rules', label: 'rulesOptionsTab', component: RulesTab },
  { id: 'sla', label: 'slaOptionsTab', component: SlaTab },
  { id: 'templates', label: 'templatesTabLabel', component: TemplatesTab },
];

export function Options() {
  const [active, setActive] = useState(() => location.hash.slice(1) || OPTION_TABS[0]!.id);
  const tab = OPTION_TABS.find((candidate) => candidate.id === active) ?? OPTION_TABS[0]!;
  const Body = tab.component;
  return (
    <div class="rg-options">
      <header>
        <h1>{t('extName')}</h1>
        <div role="tablist">
          {OPTION_TABS.map((candidate) => (
            <button
              type="button"
              role="tab"
              key={candidate.id}
              data-tab={candidate.id}
              aria-selected={candidate.id === tab.id}
              onClick={() => {
                location.hash = candidate.id;
                setActive(candidate.id);
              }}
            >
              {t(candidate.label)}
            </button>
          ))}
        </div>
      </header>
      <main role="tabpanel">
        <Body />
      </main>
    </div>
  );
}
