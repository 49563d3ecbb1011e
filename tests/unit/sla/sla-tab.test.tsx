import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SlaTab } from '@/components/options/SlaTab';
import { draftFromTeam, teamFromDraft } from '@/components/sla/team-draft';
import { slaSettings } from '@/lib/storage/items';

describe('team draft', () => {
  it('round-trips a team policy and rejects bad zones', () => {
    const team = {
      replyWithinMinutes: 60,
      businessHours: {
        timeZone: 'Asia/Shanghai',
        windows: [{ start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] }],
      },
    };
    expect(teamFromDraft(draftFromTeam(team, 'UTC'))).toEqual({ ok: true, team });
    expect(teamFromDraft(draftFromTeam(undefined, 'UTC'))).toEqual({ ok: true, team: undefined });
    expect(teamFromDraft({ ...draftFromTeam(team, 'UTC'), timeZone: 'Moon/Base' }).ok).toBe(false);
    expect(teamFromDraft({ ...draftFromTeam(undefined, 'UTC'), minutes: '-3' }).ok).toBe(false);
  });
});

describe('SlaTab', () => {
  let app: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    app = document.createElement('div');
    document.body.append(app);
  });
  afterEach(() => {
    render(null, app);
    app.remove();
  });

  const stored = async () =>
    (await fakeBrowser.storage.local.get(slaSettings.key))[slaSettings.key] as Record<string, unknown>;

  it('saves the badge switch and a team target', async () => {
    await act(() => render(<SlaTab />, app));
    await vi.waitFor(() => expect(app.querySelector('[data-setting="sla.badges"]')).not.toBeNull());
    const badges = app.querySelector<HTMLInputElement>('[data-setting="sla.badges"]')!;
    await act(() => {
      badges.checked = false;
      badges.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await stored())?.badges).toBe(false));

    const minutes = app.querySelector<HTMLInputElement>('[data-setting="sla.team.minutes"]')!;
    await act(() => {
      minutes.value = '2';
      minutes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => app.querySelector<HTMLButtonElement>('[data-action="sla-save-team"]')!.click());
    await vi.waitFor(async () =>
      expect((await stored())?.teams).toEqual({ pinduoduo: { replyWithinMinutes: 2 } }),
    );
    expect(app.querySelector('[data-status]')!.textContent).toBe('Saved');
  });
});
