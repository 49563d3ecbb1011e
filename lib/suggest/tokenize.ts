/**
 * Tokens for ranking templates against chat text in zh, en, id, th, vi and pt, without knowing which:
 * - Han: traditional folded to simplified, then single characters and pairs (Chinese has no spaces);
 * - Thai: character pairs and triples (no spaces either);
 * - Latin (en, id, vi, pt): lower-case words with accents folded (Vietnamese typed with or without
 *   them meets), common chat words dropped, a light stem (plural -s, Indonesian -nya/-kan/di-/me-), and
 *   a 5-letter prefix so "tracking" meets "track" and "rastreio" meets "rastrear".
 * Pure and allocation-light: it runs on every keystroke.
 */
import { simplifier } from '@/lib/detect/chars';

const simplified = (ch: string): string => simplifier().get(ch) ?? ch;

/** Words that say nothing about what a buyer wants, in the Latin-script languages here. */
const STOP = new Set(
  (
    'a an the is are was were be been am i you he she it we they me my your our their this that these those ' +
    'to of in on at for from with by and or but not no yes so if do does did have has had can could will ' +
    'would should please pls hi hello hey dear thanks thank sir madam ok okay just still yet any some ' +
    'what when where which who why how there here about as up out all also very much more ' +
    'saya aku kamu anda yang dan di ke dari ini itu ya kak kakak gan min sis dong deh kok ada apa ' +
    'sudah udah belum tidak tdk gak nggak ga bisa mau untuk dengan juga lagi nih tolong terima kasih ' +
    'o os as um uma de do da dos das em no na nos nas e eu voce meu minha seu sua que por para com ' +
    'nao sim ja ainda ola oi obrigado obrigada muito como qual ' +
    'toi ban minh em anh chi cua la co khong ko chua da duoc nay do nhe a oi shop vay roi thi ma'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const THAI = /\p{Script=Thai}/u;
const WORD = /[\p{L}\p{N}]/u;

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('nya')) w = w.slice(0, -3);
  if (w.length > 6 && w.endsWith('kan')) w = w.slice(0, -3);
  if (w.length > 5 && (w.startsWith('di') || w.startsWith('me'))) w = w.slice(2);
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

function pushLatin(word: string, out: string[]): void {
  const folded = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd');
  if (folded.length < 2 && !/\d/.test(folded)) return;
  if (STOP.has(folded)) return;
  const stemmed = stem(folded);
  out.push(stemmed);
  if (stemmed.length > 5) out.push(`${stemmed.slice(0, 5)}~`);
}

function pushRun(run: string[], kind: 'han' | 'thai', out: string[]): void {
  if (kind === 'han') {
    for (let i = 0; i < run.length; i++) {
      out.push(run[i]!);
      if (i + 1 < run.length) out.push(run[i]! + run[i + 1]!);
    }
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) {
    out.push(run[i]! + run[i + 1]!);
    if (i + 2 < run.length) out.push(run[i]! + run[i + 1]! + run[i + 2]!);
  }
}

/** The tokens of `text`, with repeats (term frequency counts them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let kind: 'han' | 'thai' | null = null;
  let word = '';
  const flush = () => {
    if (word) pushLatin(word, out);
    word = '';
    if (kind && run.length) pushRun(run, kind, out);
    run = [];
    kind = null;
  };
  for (const raw of text.normalize('NFKC').toLowerCase()) {
    if (HAN.test(raw)) {
      if (kind !== 'han') flush();
      kind = 'han';
      run.push(simplified(raw));
    } else if (THAI.test(raw)) {
      if (kind !== 'thai') flush();
      kind = 'thai';
      // Thai vowel and tone marks are combining characters: keep them, they are part of the word.
      run.push(raw);
    } else if (WORD.test(raw) || (/\p{M}/u.test(raw) && word)) {
      if (kind) {
        pushRun(run, kind, out);
        run = [];
        kind = null;
      }
      word += raw;
    } else flush();
  }
  flush();
  return out;
}
