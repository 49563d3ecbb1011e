import { t } from '@/lib/i18n';

/** A template variable's label: a UI string for the known ones, the raw name for custom ones. */
export function variableLabel(name: string): string {
  const key = `templatesVar_${name}`;
  const label = t(key);
  return label === key ? name : label;
}
