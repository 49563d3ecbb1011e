import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/define';
import {
  AddRuleSource,
  CheckRulesNow,
  GetRuleOverrides,
  GetRulesStatus,
  RemoveRuleSource,
  SetRuleOverrides,
  SetRuleSourceEnabled,
} from '@/lib/messaging/rules';
import { bundledPacks } from '@/lib/rules/bundled';
import type { Overrides } from '@/lib/rules/overrides';
import type { PackRow, RulesStatus, SourceRow } from '@/lib/rules/registry-status';
import type { SyncErrorInfo } from '@/lib/rules/sync/types';
import { rulesChanged } from '@/lib/storage/items';
import { Check, Field } from './Field';

const when = (ms: number | undefined) => (ms === undefined ? t('rulesNever') : new Date(ms).toLocaleString());
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function ErrorText({ error, attr }: { error: SyncErrorInfo; attr: 'data-pack-error' | 'data-source-error' }) {
  const props = { [attr]: error.kind };
  return (
    <span {...props} role="alert" class="rg-error" title={new Date(error.at).toLocaleString()}>
      <strong>{t(`rulesErr_${error.kind.replace('-', '_')}`)}</strong>: {error.message}
    </span>
  );
}

/** Options tab: team sources (add, enable, remove), per-pack status, check now, local overrides. */
export function RulesTab() {
  const [status, setStatus] = useState<RulesStatus | undefined>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  // Only the answer to the latest request is shown: a slower, older answer must not overwrite it.
  const latest = useRef(0);
  const run = async (task: () => Promise<RulesStatus | undefined>) => {
    const ticket = ++latest.current;
    setBusy(true);
    setProblem('');
    try {
      const next = await task();
      if (next && ticket === latest.current) setStatus(next);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    // The status on opening and after scheduled syncs in the background: shown without a reload, and
    // without "Checking…" (that is for the agent's own checks).
    const refresh = () => {
      const ticket = ++latest.current;
      void sendMessage(GetRulesStatus, {}).then(
        (next) => ticket === latest.current && setStatus(next),
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      );
    };
    refresh();
    const mounted = new AbortController();
    rulesChanged.watch(refresh, mounted.signal);
    return () => mounted.abort();
  }, []);

  return (
    <section data-options="rules" data-busy={busy ? 'true' : undefined} data-ready={status ? '' : undefined}>
      <h2>{t('rulesPacksTitle')}</h2>
      <PackTable packs={status?.packs ?? bundledRows()} />
      <h2>{t('rulesSourcesTitle')}</h2>
      <p>{t('rulesSourcesHelp')}</p>
      {problem && (
        <p role="alert" class="rg-error" data-rules-error>
          {problem}
        </p>
      )}
      {status && status.policyErrors.length > 0 && (
        <div role="alert" class="rg-error" data-policy-errors>
          {t('rulesPolicyErrors')}
          <ul>
            {status.policyErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {status && <SourceList status={status} run={run} />}
      {status && status.sources.length > 0 && (
        <p>
          <button
            type="button"
            data-action="check-now"
            onClick={() => void run(() => sendMessage(CheckRulesNow, {}))}
          >
            {busy ? t('rulesChecking') : t('rulesCheckNow')}
          </button>
        </p>
      )}
      {status && !status.userSourcesDisabled && <AddSource run={run} />}
      <OverridesEditor />
    </section>
  );
}

type Run = (task: () => Promise<RulesStatus | undefined>) => Promise<void>;

function SourceList({ status, run }: { status: RulesStatus; run: Run }) {
  if (status.userSourcesDisabled && status.sources.length === 0)
    return <p>{t('rulesUserSourcesDisabled')}</p>;
  if (status.sources.length === 0)
    return (
      <div class="rg-empty" data-empty="sources">
        <p>
          <strong>{t('rulesNoSources')}</strong>
        </p>
        <p>{t('rulesNoSourcesWhat')}</p>
        <p>{t('rulesNoSourcesHow')}</p>
      </div>
    );
  return (
    <ul class="rg-sources">
      {status.sources.map((source) => (
        <SourceItem key={source.id} source={source} run={run} />
      ))}
    </ul>
  );
}

function SourceItem({ source, run }: { source: SourceRow; run: Run }) {
  const state = source.state;
  return (
    <li data-source-id={source.id} data-source-enabled={String(source.enabled)}>
      <code>{source.url}</code> {source.keyId && <small>{t('rulesKeyId', source.keyId)}</small>}{' '}
      {source.managed && <em data-source-managed>{t('rulesManaged')}</em>}
      <div>
        <Check
          data-action="toggle-source"
          checked={source.enabled}
          disabled={source.managed}
          onChange={(enabled) =>
            void run(() => sendMessage(SetRuleSourceEnabled, { id: source.id, enabled }))
          }
          label={t('rulesEnabled')}
        />
        <button
          type="button"
          data-action="check-source"
          disabled={!source.enabled}
          onClick={() => void run(() => sendMessage(CheckRulesNow, { id: source.id }))}
        >
          {t('rulesCheckNow')}
        </button>{' '}
        {!source.managed && (
          <button
            type="button"
            data-action="remove-source"
            onClick={() => void run(() => sendMessage(RemoveRuleSource, { id: source.id }))}
          >
            {t('rulesRemove')}
          </button>
        )}
      </div>
      <div>
        {t('rulesColLastCheck')}: <span data-last-check={state?.lastCheck}>{when(state?.lastCheck)}</span> ·{' '}
        {t('rulesColNextCheck')}: <span data-next-check={state?.nextCheck}>{when(state?.nextCheck)}</span>
      </div>
      {state?.lastError && (
        <div>
          <ErrorText error={state.lastError} attr="data-source-error" />
        </div>
      )}
    </li>
  );
}

function AddSource({ run }: { run: Run }) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [askAccess, setAskAccess] = useState(false);

  const add = () => {
    // permissions.request needs the click's user gesture: call it before any await.
    const access = askAccess && url.startsWith('https://') ? requestOrigin(url) : Promise.resolve(true);
    void run(async () => {
      await access; // refused access is not fatal: hosts sending CORS headers work without it
      const next = await sendMessage(AddRuleSource, { url: url.trim(), publicKey: key.trim() });
      setUrl('');
      setKey('');
      return next;
    });
  };

  return (
    <fieldset data-form="add-source">
      <legend>{t('rulesAddSourceTitle')}</legend>
      <Field label={t('rulesSourceUrl')}>
        <input
          type="url"
          data-field="source-url"
          value={url}
          placeholder="https://example.github.io/packs/index.json"
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('rulesSourceKey')}>
        <textarea
          data-field="source-key"
          rows={3}
          value={key}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
      </Field>
      <Check
        data-field="request-permission"
        checked={askAccess}
        onChange={setAskAccess}
        label={t('rulesRequestPermission')}
      />
      <button type="button" data-action="add-source" disabled={!url.trim() || !key.trim()} onClick={add}>
        {t('rulesAddSource')}
      </button>
    </fieldset>
  );
}

function requestOrigin(url: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The packs shipped with the extension, shown until the background answers with what is in force. */
function bundledRows(): PackRow[] {
  return Object.entries(bundledPacks()).map(([id, pack]) => ({
    id,
    version: pack.version,
    name: pack.name,
    platform: pack.platform,
    origin: 'bundled',
    templates: pack.templates?.length ?? 0,
  }));
}

function PackTable({ packs }: { packs: PackRow[] }) {
  const origin = (row: PackRow) =>
    row.origin === 'bundled'
      ? t('rulesOriginBundled')
      : row.origin === 'remote'
        ? t('rulesOriginRemote')
        : t('rulesOriginNone');
  return (
    <table class="rg-packs">
      <thead>
        <tr>
          <th>{t('rulesColPack')}</th>
          <th>{t('rulesColVersion')}</th>
          <th>{t('rulesColOrigin')}</th>
          <th>{t('rulesColLastCheck')}</th>
          <th>{t('rulesColNextCheck')}</th>
          <th>{t('rulesColStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {packs.map((row) => (
          <tr
            key={row.id}
            data-pack-id={row.id}
            data-pack-version={row.version}
            data-pack-origin={row.origin}
            data-pack-source={row.sourceId}
          >
            <td>
              <code>{row.id}</code> {row.name}
            </td>
            <td>{row.version ?? '—'}</td>
            <td title={row.sourceId}>{origin(row)}</td>
            <td>{row.sourceId ? when(row.lastCheck) : '—'}</td>
            <td>{row.sourceId ? when(row.nextCheck) : '—'}</td>
            <td>
              {row.lastError ? (
                <>
                  <ErrorText error={row.lastError} attr="data-pack-error" />
                  {row.version && <div>{t('rulesKeptLastGood', row.version)}</div>}
                </>
              ) : (
                <span data-pack-ok>{t('rulesStatusOk')}</span>
              )}
              {row.note && <div data-pack-note>{row.note}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A labelled textarea holding one entry a line. */
function ListField(props: { label: string; field: string; value: string; onInput: (value: string) => void }) {
  return (
    <Field label={props.label}>
      <textarea
        data-field={props.field}
        rows={5}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </Field>
  );
}

function OverridesEditor() {
  const [terms, setTerms] = useState('');
  const [allow, setAllow] = useState('');
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState('');
  const show = (overrides: Overrides) => {
    setTerms(overrides.terms.join('\n'));
    setAllow(overrides.allow.join('\n'));
  };
  useEffect(() => {
    void sendMessage(GetRuleOverrides, {}).then(show, (error: Error) => setProblem(error.message));
  }, []);
  const save = () => {
    setSaved(false);
    void sendMessage(SetRuleOverrides, { terms: lines(terms), allow: lines(allow) }).then(
      (overrides) => {
        show(overrides);
        setSaved(true);
      },
      (error: Error) => setProblem(error.message),
    );
  };
  return (
    <fieldset data-form="overrides">
      <legend>{t('rulesOverridesTitle')}</legend>
      <div class="rg-row">
        <ListField
          label={t('rulesOverridesTerms')}
          field="override-terms"
          value={terms}
          onInput={(value) => {
            setTerms(value);
            setSaved(false);
          }}
        />
        <ListField
          label={t('rulesOverridesAllow')}
          field="override-allow"
          value={allow}
          onInput={(value) => {
            setAllow(value);
            setSaved(false);
          }}
        />
      </div>
      <p class="rg-actions">
        <button type="button" data-action="save-overrides" onClick={save}>
          {t('rulesSave')}
        </button>
        {saved && (
          <span data-saved role="status">
            {t('rulesSaved')}
          </span>
        )}
        {problem && (
          <span role="alert" class="rg-error">
            {problem}
          </span>
        )}
      </p>
    </fieldset>
  );
}
