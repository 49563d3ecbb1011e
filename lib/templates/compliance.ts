/** Compliance of a template on a platform (pure): lint its rendered text with the platform's linter. */
import type { Finding, Linter, Severity } from '@/lib/detect/types';
import type { PlatformId } from '@/lib/platforms';
import { type RenderOptions, renderTemplate } from './render';
import { appliesTo, type Template } from './schema';

/** Plausible values for variables the page did not supply, so placeholders do not distort the lint. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  buyer_name: 'Maria',
  order_id: '8123456789012345',
  tracking_number: 'YT2412345678901234',
  carrier: 'YunExpress',
  agent_name: 'Lily',
  shop_name: 'Sunny Home Store',
};

export type ComplianceLevel = Severity | 'ok';

export interface TemplateCompliance {
  level: ComplianceLevel;
  findings: Finding[];
  /** The text that was linted (rendered with the page's values, samples for the rest). */
  text: string;
  /** False when the template is scoped to other platforms. */
  inScope: boolean;
}

export interface ComplianceOptions extends Omit<RenderOptions, 'values'> {
  values?: RenderOptions['values'];
  language?: string;
  uiLocale?: 'en' | 'zh_CN' | 'zh_TW';
}

/** The worst severity among findings, or `ok`. */
export function complianceLevel(findings: readonly Finding[]): ComplianceLevel {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  if (findings.length > 0) return 'info';
  return 'ok';
}

/** Lints a template as it would be inserted on `platform`. */
export function checkTemplate(
  template: Pick<Template, 'body' | 'variants' | 'platforms'>,
  platform: PlatformId,
  linter: Linter,
  options: ComplianceOptions,
): TemplateCompliance {
  const values: Record<string, string | undefined> = { ...SAMPLE_VALUES };
  for (const [name, value] of Object.entries(options.values ?? {})) if (value?.trim()) values[name] = value;
  const { text } = renderTemplate(template, { ...options, values });
  const findings = linter.lint(text, options.uiLocale ? { locale: options.uiLocale } : undefined);
  return { level: complianceLevel(findings), findings, text, inScope: appliesTo(template, platform) };
}
