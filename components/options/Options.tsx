import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
  // A link or the Back button changes the hash: follow it.
  useEffect(() => {
    const follow = () => setActive(location.hash.slice(1) || OPTION_TABS[0]!.id);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const tab = OPTION_TABS.find((candidate) => candidate.id === active) ?? OPTION_TABS[0]!;
  const Body = tab.component;
  const select = (id: string, focus = false) => {
    location.hash = id;
    setActive(id);
    if (focus) document.getElementById(`rg-tab-${id}`)?.focus();
  };
  // The tab list is one stop for Tab; arrows, Home and End move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const at = OPTION_TABS.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: OPTION_TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(OPTION_TABS[(to + OPTION_TABS.length) % OPTION_TABS.length]!.id, true);
  };
  return (
    <div class="rg-options">
      <header>
        <h1>{t('extName')}</h1>
        <div role="tablist" aria-label={t('extName')} onKeyDown={onKeyDown}>
          {OPTION_TABS.map((candidate) => (
            <button
              type="button"
              role="tab"
              key={candidate.id}
              id={`rg-tab-${candidate.id}`}
              aria-controls="rg-tabpanel"
              data-tab={candidate.id}
              aria-selected={candidate.id === tab.id}
              tabIndex={candidate.id === tab.id ? 0 : -1}
              onClick={() => select(candidate.id)}
            >
              {t(candidate.label)}
            </button>
          ))}
        </div>
      </header>
      <main role="tabpanel" id="rg-tabpanel" aria-labelledby={`rg-tab-${tab.id}`}>
        <Body />
      </main>
    </div>
  );
}
