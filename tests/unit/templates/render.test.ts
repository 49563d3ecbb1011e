import { describe, expect, it } from 'vitest';
import { bodyFor, listVariables, renderBody, renderTemplate, tokenize } from '@/lib/templates/render';

// 2026-03-30 23:30 UTC = 2026-03-31 07:30 in Shanghai.
const NOW = Date.UTC(2026, 2, 30, 23, 30);
const base = { locale: 'en-US', timeZone: 'Asia/Shanghai', now: NOW };

describe('renderBody', () => {
  it('substitutes known variables and reports missing ones', () => {
    const r = renderBody('Hi {buyer_name}, order {order_id} ships via {carrier}.', {
      ...base,
      values: { buyer_name: 'Ana', carrier: '  ' },
    });
    expect(r.text).toBe('Hi Ana, order {order_id} ships via {carrier}.');
    expect(r.missing).toEqual(['order_id', 'carrier']);
    expect(r.unknown).toEqual([]);
    expect(r.cursor).toBeUndefined();
  });

  it('reports unknown variables and leaves them visible', () => {
    const r = renderBody('Hello {buyer}, {date+3x}!', base);
    expect(r.text).toBe('Hello {buyer}, {date+3x}!');
    expect(r.unknown).toEqual(['buyer', 'date+3x']);
  });

  it('accepts custom variables given a value', () => {
    expect(renderBody('Size {size}', { ...base, values: { size: 'M' } }).text).toBe('Size M');
    expect(renderBody('Size {size}', { ...base, values: { size: '' } }).missing).toEqual(['size']);
  });

  it('formats dates with offsets in the zone and locale', () => {
    expect(renderBody('{date}', base).text).toBe('Mar 31, 2026');
    expect(renderBody('{date+3d}', base).text).toBe('Apr 3, 2026');
    expect(renderBody('{date-1d}', base).text).toBe('Mar 30, 2026');
    expect(renderBody('{date+2w}', base).text).toBe('Apr 14, 2026');
    expect(renderBody('{date-1m}', base).text).toBe('Feb 28, 2026');
    expect(renderBody('{date}', { ...base, timeZone: 'America/Los_Angeles' }).text).toBe('Mar 30, 2026');
    expect(renderBody('{date+1d}', { ...base, locale: 'zh-CN' }).text).toBe('2026年4月1日');
    expect(renderBody('{date+1d}', { ...base, locale: 'pt-BR' }).text).toMatch(/1.+abr.+2026/);
  });

  it('survives bad locales and zones', () => {
    expect(renderBody('{date}', { ...base, locale: 'not a locale!!', timeZone: 'Mars/Base' }).text).toBe(
      'Mar 30, 2026',
    );
  });

  it('places the cursor and removes the marker', () => {
    const r = renderBody('Dear {buyer_name},\n{cursor}\nBest, {agent_name}{cursor}', {
      ...base,
      values: { buyer_name: '李', agent_name: 'Kim' },
    });
    expect(r.text).toBe('Dear 李,\n\nBest, Kim');
    expect(r.cursor).toBe('Dear 李,\n'.length);
  });

  it('escapes literal braces', () => {
    const r = renderBody('Use {{buyer_name}} and }} and { alone', { ...base, values: { buyer_name: 'X' } });
    expect(r.text).toBe('Use {buyer_name} and } and { alone');
    expect(r.missing).toEqual([]);
  });
});

describe('helpers', () => {
  it('lists variables without dates and cursor', () => {
    expect(listVariables('{buyer_name} {date+1d} {cursor} {order_id} {buyer_name} {{x}}')).toEqual([
      'buyer_name',
      'order_id',
    ]);
  });

  it('tokenizes', () => {
    expect(tokenize('a{b}c')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'var', name: 'b', raw: '{b}' },
      { kind: 'text', text: 'c' },
    ]);
  });

  it('picks a language variant', () => {
    const t = { body: 'Hello', variants: { pt: 'Olá', 'zh-tw': '您好' } };
    expect(bodyFor(t, 'pt-BR')).toBe('Olá');
    expect(bodyFor(t, 'zh-TW')).toBe('您好');
    expect(bodyFor(t, 'th')).toBe('Hello');
    expect(bodyFor(t)).toBe('Hello');
    expect(renderTemplate(t, { ...base, language: 'pt' }).text).toBe('Olá');
  });
});
