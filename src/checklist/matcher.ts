import { catalogue } from '../catalogue.js';
import { PRESET_NAMES, loadPreset } from './load.js';
import { markPattern } from './shortcodes.js';
import type { PhraseRule } from '../checks/define.js';
import { isTemplate } from '../repo/classify.js';
import { databaseOptionsNamed } from '../checks/database-port-exposed.js';
import { HEADER_NAMED, SECURITY_HEADERS } from '../probes/security-headers.js';
import { X_POWERED_BY_ABSENT, X_POWERED_BY_VERSION_ONLY } from '../probes/server-version-leak.js';
import { COOKIE_IMPOSSIBLE, HEALTH_ANSWER_STATED, HEALTH_DEPENDENCY_REFUSED, MONITORING, OWN_SERVICE_TITLE } from './phrases.js';
import { APOSTROPHE_LIKE, normaliseTitle } from './title.js';
import { inEnglish, READ_IN_ENGLISH } from './translate.js';
import type { Checklist, ChecklistItem } from './types.js';

/** Where an item sits: its heading path and the text of the list item it is nested in. */
export interface MatchContext {
  headings: readonly string[];
  parent?: string;
  /** The first heading is the document's title (see BindingHint.headings), which names what the checklist ships. */
  titled?: boolean;
}

/** The checks an item binds to (sorted; empty: manual) and the phrases that matched. */
export interface Match {
  checks: string[];
  matchedBy: string;
  /**
   * The text the item was read as, when it was read under its parent item or heading ("Not exposed publicly" under
   * `- [ ] Redis` reads "redis not exposed publicly"): the numbers and names it states (Redis's port) come from it.
   */
  readAs?: string;
}

/** What the Markdown parser knows about an item beyond the `ChecklistItem` itself. */
export interface BindingHint {
  parent?: string;
  parentItem?: ChecklistItem;
  /** The item carries `<!-- preflight: … -->`: the matcher leaves it alone. */
  explicit: boolean;
  /**
   * The headings to match against when they differ from the item's group: the document's title
   * is left out of groups but still says what the list is about ("# Docker checklist").
   */
  headings?: readonly string[];
  /** What the item promises when it differs from its title: the title without struck-through words. */
  promise?: string;
  /**
   * Plain bullets listed under the item (not task items, not URL paths): when the item only introduces
   * them (its text ends with `:`), they are what it promises.
   */
  details?: string[];
  /** Bare URL paths listed under the item as plain bullets (`- /healthz`): health paths if it is a health item. */
  paths?: string[];
  /**
   * The titles of the boxes the item is in that are no headings: a callout's (`> [!todo] Later`), an MkDocs admonition's or
   * tab's (`!!! note "Not in scope"`), a `<details>` block's `<summary>`, a bold line standing as a heading (`**Later:**`).
   * One that defers or waives, read as a heading is, keeps the item manual (see containerDefers).
   */
  containers?: readonly string[];
}

const HEALTH = 'health-endpoint';
const PROBES = 'k8s-probes';
const SECURITY = 'security-headers';
/**
 * An env file an item names as a word (`.env.local`, `` `backend/.env.production` ``, `prod.env`), not a glob
 * (`.env.*`, `*.env`, `.env*`) nor a part of one.
 */
const ENV_FILE_NAMED = /(?<![\w.\/*~-])((?:[\w-]+\/)*(?:\.env(?:\.[\w-]+)*|[\w-]+\.env))(?![\w*\/-]|\.[\w*])/g;
/**
 * A URL query after a path (`?q=shoes`, `?page=1&sort=-price`): characters a query holds, ending on none that closes a
 * sentence (a `.`, `:` or `?` after it is the sentence's).
 */
const QUERY = String.raw`\?[\w\-.~%!$&*+=:@/?,]*[\w\-~%$&*+=/]`;
/**
 * A URL path standing as a word in an item's text (`/healthz`, `` `/api/health` ``), not inside a URL or `24/7`, with its
 * query if it has one (`/search?q=shoes`: the page the item promises something of, as a probe's `path` takes it).
 */
const STATED_PATH = new RegExp(String.raw`(?:^|[\s\`'"(])(\/[\w\-./~%]*${QUERY}(?=$|[\s\`'"),;:.!?])|\/[\w\-./~%]+(?=$|[\s\`'"),;:]))`, 'g');
/** A stated path's query, in the text the rules read: the rules read the path (`/healthz?full=1 returns 200` as `/healthz returns 200`). */
const PATH_QUERY = new RegExp(String.raw`((?:^|[\s'"(])\/[\w\-./~%]*)${QUERY}(?=$|[\s'"),;:.!?])`, 'g');
/**
 * Status, deferral, not-applicable and opt-out words in the languages written in other scripts, per language: what the
 * English, German, French, Spanish and Portuguese words of DEFERRED_ANYWHERE, DEFERRAL_STATUS, NOT_APPLICABLE,
 * NOT_A_PROMISE_CONTEXT, NEGATOR and OFF say, for Russian, Ukrainian, Japanese, Chinese and Korean, and the plainest of them
 * in Greek, Hebrew, Arabic and Hindi (letters `\b` does not bound). Each entry is a regex source:
 * - `deferred`: defers or declines the item wherever it stands in it, as "later", "postponed", "not needed", "out of scope" do
 *   ("HSTS — отложено", "HSTS 나중에", "HSTS — 暂缓", "HSTS не нужен").
 * - `status`: a status that defers the item only as its state, as DEFERRING_STATUS reads "pending" or "WIP": opening an
 *   aside, after a dash or a label ("HSTS — 未対応", "HSTS（保留）", "HSTS — не сделано"); elsewhere it may state a promise
 *   ("TLS 1.0 は未対応": TLS 1.0 unsupported).
 * - `statusAtEnd`: a status word that is an everyday word too, read as the item's state only where a `status` word is and
 *   ending it ("HSTS（保留）", "HSTS — ожидает"; not "HSTS — 保留 max-age" (keep max-age), "/healthz — ожидает 200" (expects 200),
 *   "в процессе сборки" (during the build), "HSTS — 대기 시간" (wait time)).
 * - `notDone`, `notDoneAtEnd`: the `status` and `statusAtEnd` words that say the work is unfinished (pending, on hold, in
 *   progress, not done, not started), as NOT_DONE_STATUS's are, read where those are: not a decision or a plan ("不要" not
 *   needed, "延期" postponed, "予定" planned, "検討中" under consideration, "対象外" exempt). They defer as the others do, and
 *   a tick beside one does not sign off an item that names a check (see notDoneReading).
 * - `headings`: a heading (or parent item) that is only that word keeps its items manual ("## 保留", "## Не применимо").
 * - `context`: anywhere in a heading (or parent item), keeps its items manual, as NOT_A_PROMISE_CONTEXT's "deferred", "out of
 *   scope", "backlog" do ("## Безопасность (вне скоупа)"); the other `deferred` words do not ("## Безопасность (для
 *   внутренних API CSP не нужен)" is a remark about CSP, as "(CSP not needed for internal APIs)" is).
 * - `notApplicable`: "not applicable", read as NOT_APPLICABLE is ("CSP: не применимо", "CSP: 対象外", "CSP: 해당 없음").
 * - `negator`: opts out of a check's safeguard before it, as "no", "disable" do ("Без HSTS", "Отключить HSTS", "不启用 HSTS").
 * - `off`: opts out after it, as "disabled", "not configured" do ("HSTS не настраиваем", "HSTS は設定しない", "HSTS 无需配置",
 *   "HSTS 미적용").
 * Words of the languages written with spaces are matched as whole words (no letter either side); Japanese and Chinese, written without
 * spaces, as phrases, each excluding the compounds that hold it as part of another word ("最後で" is "at the end" and "直後で"
 * "right after", not "後で"; "以后端" is "by the back end", not "以后").
 */
const ABROAD: Readonly<Record<'ru' | 'uk' | 'ja' | 'zh' | 'ko' | 'el' | 'he' | 'ar' | 'hi', Readonly<Record<'deferred' | 'status' | 'statusAtEnd' | 'headings' | 'context' | 'notApplicable' | 'negator' | 'off' | 'notDone' | 'notDoneAtEnd', readonly string[]>>>> = {
  ru: {
    deferred: ['позже', 'потом', 'отлож(?:ено|ен|ена|ены|им|или)', 'перенесен[оаы]?', 'в следующ(?:ем|ей) (?:релизе|спринте|версии|квартале|итерации)', 'после (?:релиза|запуска|миграции)', '(?<!(?:если|когда|где) )не (?:нуж(?:ен|на|но|ны)|требуется|требуются|обязател(?:ен|ьно|ьна|ьны))', 'вне (?:скоупа|рамок)', 'в бэклоге'],
    status: ['запланирован[оаы]?'],
    statusAtEnd: [],
    notDone: ['не сделан[оаы]?', 'не готов[оаы]?', 'не начат[оаы]?', 'в работе', 'в ожидании', 'ожидает (?:решения|ответа|согласования)', '(?:еще|пока) нет', 'на паузе'],
    notDoneAtEnd: ['в процессе', 'ожидает'],
    headings: ['позже', 'потом', 'отложено', 'не применимо', 'бэклог', 'исключения', 'вне скоупа'],
    context: ['отлож(?:ено|ен|ена|ены)', 'вне (?:скоупа|рамок)', 'в бэклоге', 'бэклог'],
    notApplicable: ['не применимо', 'неприменимо', 'не применяется'],
    negator: ['без', 'нет', 'отключ(?:ить|аем|ите|ено|ен|ена)', 'выключ(?:ить|аем|ите)', 'убрать', 'удал(?:ить|яем)', 'не (?:использ|включа|настраива|подключа|добавля|задава)(?:ть|ем)'],
    off: ['(?:от|вы)ключ[её]н[аоы]?', 'не (?:включ[её]н[аоы]?|настро[её]н[аоы]?|используется|используются|используем|настраива(?:ем|ется|ются)|включаем|подключ[её]н[аоы]?|задан[аоы]?|нуж(?:ен|на|но|ны)|требуется|требуются|применя(?:ется|ются))', 'отсутству(?:ет|ют)', 'убран[аоы]?', 'удал[её]н[аоы]?'],
  },
  uk: {
    deferred: ['пізніше', 'потім', 'відкладен(?:о|ий|а|і)', 'перенесен(?:о|ий|а|і)', '[ув] наступному (?:релізі|спринті|кварталі)', 'після (?:релізу|запуску|міграції)', '(?<!(?:якщо|коли) )не (?:потрібн(?:о|ий|а|і)|потрібен|обов.язков(?:о|ий|а|і))'],
    status: ['заплановано'],
    statusAtEnd: [],
    notDone: ['не зроблен(?:о|ий|а|і)', 'не готов(?:о|ий|а|і)', 'не розпочат(?:о|ий|а|і)', '[ув] роботі', '(?:ще|поки) ні', 'на паузі'],
    notDoneAtEnd: ['[ув] процесі'],
    headings: ['пізніше', 'потім', 'відкладено', 'не застосовується', 'винятки'],
    context: ['відкладен(?:о|ий|а|і)', 'поза (?:скоупом|межами)', '[ув] беклозі', 'беклог'],
    notApplicable: ['не застосовується', 'не застосовно', 'незастосовно'],
    negator: ['без', 'вимкн(?:ути|емо|іть)', 'прибрати', 'видалити', 'не (?:використову|вмика|налаштову|додава)(?:ти|ємо)'],
    off: ['вимкнен(?:о|ий|а|і)', 'не (?:увімкнен(?:о|ий|а|і)|ввімкнен(?:о|ий|а|і)|налаштован(?:о|ий|а|і)|використову(?:ється|ються|ємо)|налаштовуємо|потрібн(?:о|ий|а|і)|потрібен|застосову(?:ється|ються))', 'відсутн(?:ій|я|є|і)', 'прибран(?:о|ий|а|і)', 'видален(?:о|ий|а|і)'],
  },
  ja: {
    deferred: ['(?<![最直前午背])後で', '後日', '後回し', '今後(?:の)?対応', '次(?:回|期)?(?:の)?(?:リリース|スプリント|バージョン|フェーズ)', '見送り', '先送り', '該当なし', '必要(?:なし|ない|ありません)'],
    // "延期" is a status only: in Chinese "证书延期" extends a certificate.
    status: ['(?:対応|実施|導入)予定', '検討中', '不要', '延期'],
    // "保留" is "keep" in Chinese ("保留 max-age"), "対象外" is "exempt from" ("認証の対象外").
    statusAtEnd: ['対象外'],
    notDone: ['未対応', '未着手', '未実施', '未完了', '対応中', '作業中', '進行中', '対応待ち'],
    // "保留期間" is a retention period: "保留" is a status only ending the state.
    notDoneAtEnd: ['保留(?:中)?'],
    headings: ['保留', '対象外', '後で(?:対応)?', '今後(?:の対応)?', '延期', '見送り', '将来(?:の)?(?:対応)?', '未対応', '対応予定', '検討中', 'バックログ', '例外'],
    context: ['範囲外', 'スコープ外', '見送り', 'バックログ'],
    notApplicable: ['対象外', '該当なし', '該当しない', '適用外'],
    negator: [],
    // After the safeguard and a particle, "for now", "temporarily", "still" allowed before ("CSP は一旦無効化", "HSTS はまだ無効").
    off: ['(?:(?:一旦|いったん|当面|当分|暫定的に|一時的に|今は|現在は?|しばらく|まだ) ?)?(?:無効(?!に(?:しない|しません|しては))|未設定|未対応|なし|無し|使わない|使いません|オフ|不要|入れない|(?:設定|導入|追加|使用|利用|適用|構成|記述|送信|有効化|有効に)?(?:しない|しません|せず))'],
  },
  zh: {
    deferred: ['以后(?![端台])', '稍后', '(?:之后|以后)再(?:做|处理|说|看)', '下(?:个|一个?)(?:迭代|冲刺|版本|发布|季度|阶段|里程碑)', '延后', '推迟', '暂缓', '范围外'],
    status: ['计划中', '計劃中', '不需要', '无需', '無需'],
    // "待定" is "pending" ("待定订单": pending orders), "不适用" "not applicable" ("不适用缓存的页面": pages caching does not apply to).
    statusAtEnd: ['待定', '不适用', '不適用'],
    // "待处理的请求" (pending requests) describes the topic: no Han letter may follow (see STATUS_ABROAD).
    notDone: ['未完成', '待办', '待辦', '待处理', '待處理', '未处理', '未處理', '进行中', '進行中', '未实施', '未實施', '未开始', '未開始'],
    // "暂缓" (on hold) is a deferral anywhere; ending the state it is also the item's not-done status.
    notDoneAtEnd: ['暂缓', '暫緩'],
    headings: ['以后(?:再做|再说|处理)?', '稍后', '暂缓', '延期', '延后', '推迟', '待办', '不适用', '后续(?:工作|计划|优化)?', '待定', '例外'],
    context: ['范围外', '範圍外', '暂缓', '延后', '推迟'],
    notApplicable: ['不适用', '不適用'],
    negator: ['不(?:启用|啟用|使用|开启|開啟|配置|设置|設置|需要)?', '没有', '沒有', '无需', '無需', '禁用', '关闭', '關閉'],
    off: ['(?:(?:暂时|暫時|目前) ?)?(?:(?:已|被)?(?:禁用|关闭|關閉|停用)|未启用|未啟用|未开启|未開啟|未配置|不启用|不啟用|不使用|不需要|无需|無需)'],
  },
  ko: {
    deferred: ['나중에', '추후(?:에)?', '다음 (?:릴리스|릴리즈|스프린트|버전|분기)(?:에|에서)?', '연기(?:됨|함)?', '보류(?: ?중)?', '해당 ?없음', '불필요', '필요 ?없음', '범위 ?외', '백로그'],
    status: ['(?:적용|설정|도입|작업) ?예정', '예정'],
    statusAtEnd: [],
    notDone: ['미완료', '미착수', '진행 ?중', '작업 ?중', '대기 ?중'],
    // "대기 시간" is a wait time (latency), "보류" a deferral anywhere: ending the state they are the item's not-done status.
    notDoneAtEnd: ['대기', '보류(?: ?중)?'],
    headings: ['나중에', '추후', '보류', '연기', '해당 ?없음', '백로그', '예외'],
    context: ['연기됨', '범위 ?외', '백로그'],
    notApplicable: ['해당 ?없음', '해당 ?사항 ?없음', '적용 ?대상 ?아님'],
    negator: [],
    off: ['미적용', '미사용', '(?:사용|적용|설정) ?안 ?함', '(?:사용|적용|설정)하지 않(?:음|는다|습니다|아요)', '비활성화?(?:됨)?', '꺼짐', '없음', '없이'],
  },
  // Greek, Hebrew, Arabic and Hindi: the plainest words only (later, postponed, not applicable, without, disabled).
  el: {
    deferred: ['αργότερα', 'αναβλήθηκε', 'σε αναβολή', 'σε επόμενη (?:έκδοση|κυκλοφορία)'],
    status: [],
    statusAtEnd: [],
    notDone: ['σε εξέλιξη', 'εκκρεμεί', 'εκκρεμής'],
    notDoneAtEnd: [],
    headings: ['αργότερα', 'αναβολή'],
    context: ['αναβλήθηκε', 'σε αναβολή'],
    notApplicable: ['δεν εφαρμόζεται', 'μη εφαρμόσιμο'],
    negator: ['χωρίς', 'απενεργοποίηση'],
    off: ['απενεργοποιημέν(?:ο|ος|η|α)', 'ανενεργ(?:ό|ός|ή)'],
  },
  he: {
    deferred: ['מאוחר יותר', 'בהמשך', 'נדחה', 'נדחתה', 'בגרסה הבאה'],
    status: [],
    statusAtEnd: [],
    notDone: ['בתהליך', 'ממתין', 'ממתינה'],
    notDoneAtEnd: [],
    headings: ['מאוחר יותר', 'נדחה'],
    context: ['נדחה', 'נדחתה'],
    notApplicable: ['לא רלוונטי', 'לא ישים'],
    negator: ['ללא', 'בלי'],
    off: ['מושבת', 'מושבתת', 'כבוי', 'לא מופעל'],
  },
  ar: {
    deferred: ['لاحق(?:ًا|اً|ا)', 'مؤجل', 'مؤجلة', 'تم تأجيله', 'في الإصدار القادم'],
    status: [],
    statusAtEnd: [],
    notDone: ['قيد التنفيذ', 'قيد الانتظار'],
    notDoneAtEnd: [],
    headings: ['لاحق(?:ًا|اً|ا)', 'مؤجل'],
    context: ['مؤجل', 'مؤجلة'],
    notApplicable: ['غير منطبق', 'لا ينطبق'],
    negator: ['بدون', 'دون', 'بلا'],
    off: ['معطل', 'معطلة', 'غير مفعل', 'غير مفعلة'],
  },
  hi: {
    deferred: ['बाद में', 'स्थगित', 'अगली रिलीज\\S* में'],
    status: [],
    statusAtEnd: [],
    notDone: ['प्रगति में', 'लंबित'],
    notDoneAtEnd: [],
    headings: ['बाद में', 'स्थगित'],
    context: ['स्थगित'],
    notApplicable: ['लागू नहीं'],
    negator: ['बिना'],
    off: ['अक्षम', 'बंद', 'निष्क्रिय'],
  },
};

/** Letters of the scripts ABROAD bounds as words (ASCII word characters too), for regexes without the `u` flag. */
const SPACED_LETTER = String.raw`\wа-яёіїєґ\uac00-\ud7a3\u0370-\u03ff\u1f00-\u1fff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f`;
/** Letters of Japanese and Chinese (kana, Han). */
const CJK_LETTER = String.raw`\u3040-\u30ff\u3400-\u9fff`;
/**
 * One kind (or several) of ABROAD's words of every language, as one alternation: a Cyrillic or Korean word with no letter
 * either side (`bounded`), a Japanese or Chinese phrase as it stands.
 */
function abroad(kinds: keyof (typeof ABROAD)['ru'] | readonly (keyof (typeof ABROAD)['ru'])[], bounded = true): string {
  const of = (w: (typeof ABROAD)['ru']) => (typeof kinds === 'string' ? [kinds] : kinds).flatMap((k) => w[k]);
  return Object.entries(ABROAD).filter(([, w]) => of(w).length).map(([lang, w]) => (bounded && lang !== 'ja' && lang !== 'zh' ? `(?<![${SPACED_LETTER}])(?:${of(w).join('|')})(?![${SPACED_LETTER}])` : `(?:${of(w).join('|')})`)).join('|');
}
/** ABROAD's `deferred` words, anywhere in the item (or its context). */
const DEFERRED_ABROAD = new RegExp(abroad('deferred'));
/**
 * ABROAD's `status` words (and `notDone`) as the item's state: opening an aside (`(…)`, `（…）`, `【…】`), after a dash (spaced,
 * or an em or en dash unspaced, as Japanese and Chinese write it: "HSTS—未対応") or a label (`:`, `：`), a tick or cross mark
 * may stand before ("— ❌ 未実施"), and ending there ("未対応です", "保留中" in Japanese; no other word run into it: "待办事项"
 * is a to-do list, "待处理的请求" pending requests). Read in the text as NFKC folds it (`（`, `：` are `(`, `:`).
 */
const STATUS_AT = String.raw`(?:[(【]\s*|\s[—–-]\s*|[—–]\s*|^[^:;()]*?\s?:\s*)[^\s${SPACED_LETTER}${CJK_LETTER}()【】]{0,4}\s*`;
const statusAbroad = (status: string, atEnd: string, flags = '') => new RegExp(String.raw`${STATUS_AT}(?:(?:${status})(?:です|だ|のまま)?(?![${CJK_LETTER}])|(?:${atEnd})(?:です|だ|のまま)?\s*(?:$|[),.;!?。、】]))`, flags);
const STATUS_ABROAD = statusAbroad(abroad(['status', 'notDone']), abroad(['statusAtEnd', 'notDoneAtEnd']));
/** ABROAD's not-done statuses (`notDone`, `notDoneAtEnd`) as the item's state, read as STATUS_ABROAD reads a status (see notDoneReading). */
const NOT_DONE_ABROAD = statusAbroad(abroad('notDone'), abroad('notDoneAtEnd'), 'i');
/** ABROAD's `context` words, anywhere in a heading or parent item. */
const CONTEXT_ANYWHERE_ABROAD = new RegExp(abroad('context'));
/** A heading or parent item that is one of ABROAD's `headings` (after a section number, before a bracketed remark). */
const CONTEXT_ABROAD = new RegExp(String.raw`(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)])\s+)?(?:${abroad('headings', false)})\s*[:.!?]*\s*(?:\([^)]*\))?\s*(?= \/|$)`);
// "HSTS later, after the migration" defers the topic; "(max-age 300 for now, raise later)" defers a step; so do
// "HSTS (skip for now)" and "HSTS — descoped" ("for now" alone is no deferral: "max-age 300 for now" is the promise).
// "not required" declines the topic, "when not required" is the condition of an action ("Remove the Postgres port
// when not required").
/**
 * "Not needed" in German, French, Spanish and Portuguese, read as the item's status, where the English words are read
 * anywhere: a status is what these words say there, elsewhere they may be part of the promise ("Contenedores endurecidos,
 * sin paquetes innecesarios": no unnecessary packages; "Imagens com versão fixa, sem tags desnecessárias"; "keine unnötig
 * offenen Header"; "Fermer les ports non nécessaires"). Any of them after a dash or a label or opening an aside ("HSTS — no
 * necesario", "HSTS (nicht nötig)", "HSTS: pas nécessaire", "HSTS — innecesario para la API interna"); the forms that can
 * only say it of the topic (NOT_NEEDED_SAID) also ending the item or a clause, or before what it is said of or why ("CSP
 * nicht nötig", "HSTS não é necessário", "HSTS no es necesario para la API interna"; not "pas nécessaire de rebuild": no
 * rebuild needed). Not as the condition of an action ("wenn nicht nötig", "si no es necesario", "quand pas nécessaire", "se
 * não for necessário") nor in a relative clause ("los puertos que no son necesarios", "les ports qui ne sont pas
 * nécessaires").
 */
// German uninflected (an attribute is inflected: "unnötige Pakete"), French "pas", and the others with their verb.
const NOT_NEEDED_SAID = String.raw`nicht (?:nötig|noetig|notwendig|erforderlich|benötigt|benoetigt|gebraucht)|unnötig|unnoetig|pas (?:nécessaire|necessaire|requise?|utile)s?|no (?:es|son) (?:necesari[oa]s?|requerid[oa]s?)|no hace falta|(?:es|son) innecesari[oa]s?|(?:não|nao) (?:é|e|são|sao) (?:necessári[oa]s?|necessari[oa]s?|requerid[oa]s?)|(?:não|nao) (?:(?:é|e) )?precis[oa]|(?:é|são) desnecessári[oa]s?|(?:é|são) desnecessari[oa]s?`;
// Also an attribute ("paquetes innecesarios", "ports non nécessaires", "serviços não necessários"): only as a status.
const NOT_NEEDED_ATTRIBUTE = String.raw`no (?:necesari[oa]s?|requerid[oa]s?)|innecesari[oa]s?|non (?:nécessaire|necessaire|requise?|utile)s?|(?:não|nao) (?:necessári[oa]s?|necessari[oa]s?|requerid[oa]s?)|desnecessári[oa]s?|desnecessari[oa]s?`;
const NOT_NEEDED_STATUS_SOURCE = String.raw`${STATUS_AT}(?:${NOT_NEEDED_SAID}|${NOT_NEEDED_ATTRIBUTE})(?![\wà-ÿ])`;
// Or after the topic as the whole item ("CSP no necesario", "HSTS innecesario", "HSTS non nécessaire"), said of one thing: the
// plural is what is taken out ("Quitar servicios innecesarios"), so is what a "sin" or "sem" goes with ("Imagen sin software innecesario").
const NOT_NEEDED_OF_TOPIC = String.raw`^(?!(?:[\wà-ÿ.-]+ ){0,2}(?:sin|sem|sans|ohne|kein\w*|without|ningun\w*|nenhum\w*|aucun\w*) )[\wà-ÿ.-]+(?: [\wà-ÿ.-]+){0,2} (?:no (?:necesari[oa]|requerid[oa])|innecesari[oa]|non (?:nécessaire|necessaire|requise?|utile)|(?:não|nao) (?:necessári[oa]|necessari[oa]|requerid[oa])|desnecessári[oa]|desnecessari[oa])\s*[.!]*\s*$`;
const NOT_NEEDED_TRANSLATED = String.raw`${NOT_NEEDED_STATUS_SOURCE}|${NOT_NEEDED_OF_TOPIC}|(?<![\wà-ÿ])(?<!(?<![\wà-ÿ])(?:wenn|falls|sofern|soweit|si|s'il|cuando|quand|lorsque|lorsqu'il|se|quando|caso|que|qui)\s(?:ne\s|n')?(?:[\wà-ÿ]+\s)?)(?:${NOT_NEEDED_SAID})(?:\s*(?:$|[),;:.!—–]|-\s)|\s+(?:für|fuer|bei|im|in|auf|da|weil|hier|dort|wegen|pour|car|parce|puisque|ici|dans|sur|chez|para|porque|pues|ya|aquí|aqui|en|por|pois|já|em|no|na|nos|nas)(?![\wà-ÿ]))`;
/** NOT_NEEDED_TRANSLATED's status: after a dash or a label, or opening an aside ("(nicht nötig)", "(no necesario, API interna)"). */
const NOT_NEEDED_STATUS = new RegExp(NOT_NEEDED_STATUS_SOURCE);
const DEFERRED_ANYWHERE = new RegExp(String.raw`^[\w.-]+(?: [\w.-]+){0,2}\s*[:—–-]?\s*(?<!\b(?:or|and) )later\b|\b(?:in a (?:later|future) release|next (?:sprint|quarter|release|month|year|version)|deferred|postponed|de-?scoped|skip(?:ped|ping)?\b[^;]{0,40}\b(?:for now|this (?:time|release|sprint))|nice[- ]to[- ]have|post-launch|not (?:a )?(?:launch[- ])?(?:gate|blocking|blocker)|known (?:issue|limitation)|by design|(?<!\b(?:no|without|any|never) )(?:waiv(?:ed|ers?)|risk[- ]accepted|accepted risk)|intentionally|don't care|won'?t ?fix|will not fix|out of scope|backlog|(?<!\b(?:when|if|where|unless|wherever) )not (?:required|needed|necessary)|none needed|after the (?:[\w-]+ ){0,3}(?:migration|launch|release|upgrade|cutover))\b|\bonce\b[^;]*\b(?:is|are) (?:set up|ready|in place|done|live|migrated|moved|finished|complete|known|available|confirmed|decided|agreed|signed|approved|settled)\b|(?:^|[\s(])(?:später|spaeter|erst nach|nach der migration|(?:im )?nächste[nmrs]? (?:sprint|release|quartal)|(?:im )?naechste[nmrs]? (?:sprint|release|quartal)|plus tard|à faire|après la migration|(?:au )?prochain(?:e)? (?:sprint|release|version|trimestre)|más tarde|más adelante|mas adelante|después de|(?:en el )?próximo sprint|(?:en el )?proximo sprint|mais tarde|mais adiante|depois da migração|(?:na )?próxima sprint|(?:no )?próximo sprint)(?=[\s),.;:]|$)|${NOT_NEEDED_TRANSLATED}`);
/**
 * Items that are no promise about this deployment, whatever topic words they carry: an open question
 * ("Do we need HSTS preload?", "security headers?? maybe next sprint"), something deferred or declined
 * ("HSTS later, after the migration", "SSL certificate not installed yet", "no liveness probe (by design)"),
 * another environment only ("TLS 1.0 disabled on staging only"), a third-party service or client
 * ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS", "Sentry SDK debug=False"), or knowledge about the topic
 * ("Runbook explains how to roll back HSTS", "Health endpoint documented in the runbook"). Precision beats
 * recall: such an item stays manual.
 */
const NOT_A_PROMISE: readonly RegExp[] = [
  // A capability to undo the topic ("HTTPS redirect can be disabled via feature flag", "HSTS can be rolled back") is a rollback plan.
  /\bcan (?:quickly |easily |safely )?be (?:disabled|turned off|switched off|toggled(?: off)?|rolled back|reverted|removed)\b/,
  /\?\s*\?|\?\s*(?:maybe|tbd)\b|\b(?:do we (?:need|want|have to)|should (?:we|it|they|the|our|all|containers?|cookies?|pods?|services?|health)\b|(?:is|are) (?:it|this|that|they|[\w-]+(?: [\w-]+)?) (?:needed|necessary|required)\b[^;.]*\?|maybe\b|tbd\b|to be decided|decide (?:later|whether|if))/,
  DEFERRED_ANYWHERE,
];
/**
 * Open questions in other languages: "do we need / should we / must we" in German, French, Spanish and Portuguese before
 * a `?` ("Brauchen wir HSTS preload?", "¿Necesitamos HSTS en el panel?", "Faut-il activer HSTS ?", "Precisamos de HSTS?";
 * without the `?` "Necesitamos HSTS" is a statement), and any question in Chinese, Japanese or Russian ("HSTSは必要？",
 * "需要启用 HSTS 吗？", "Нужен ли HSTS?"; a full-width `？` reads as `?`), whose state words no rule reads. A question
 * whose state the rules read ("Debug-Modus deaktiviert?", "¿Modo debug desactivado?") asks to verify it, as in English.
 */
const FOREIGN_QUESTION = /(?:^|[\s¿])(?:brauchen wir|benötigen wir|müssen wir|sollten wir|sollen wir|wollen wir|faut-il|faudrait-il|devons-nous|devrions-nous|doit-on|avons-nous besoin|est-ce qu'il faut|necesitamos|hace falta|debemos|deberíamos|deberiamos|queremos|precisamos|devemos|deveríamos|deveriamos)(?![\wà-ÿ])[^?]*\?|[\u3040-\u30ff\u3400-\u9fff\u0400-\u04ff][^?]*\?|\?[^?]*[\u3040-\u30ff\u3400-\u9fff\u0400-\u04ff]/;

/**
 * Deferrals read in the item's main clause only (an aside defers something else: "Debug mode off — confirmed
 * before and after go-live", "Containers run as non-root (the sidecar is N/A)"): "Enable HSTS after go-live",
 * "in v2", "eventually", "(optional)", "waiting on the platform team", "— blocked by the CDN", "N/A".
 */
const DEFERRED_MAIN = /\b(?:yet|after (?:launch|go-?live|go live|release|cutover|the (?:go-?live|launch|release))|(?<!\bv\d+ and )(?:in|for) v\d+(?:\.\d+)*$|in a follow-?up(?: pr| ticket| sprint)?|eventually|in the future|someday|(?:by|in) q[1-4]|waiting on|waiting for (?:the )?(?:[\w-]+ )?(?:team|approval|sign-?off|vendor|budget)|blocked on|stretch goal)\b|(?:^|\s)n\/a\b|(?<![\wà-ÿ])(?:wartet auf|warten auf|en attente (?:de|d'|du|des)|en espera de|pendiente de|aguardando|pendente de)(?![\wà-ÿ])/;
/**
 * A deferral at the end of the item's main clause, whatever the topic: "Redirect HTTP to HTTPS later",
 * "TLS 1.2+ later", "Add memory limits to containers soon", "HSTS in phase 2", "Restart policy later on".
 * Not a minimum ("TLS 1.2 or later", "TLS 1.2 and later") nor a promise about expiry ("Certificate not expiring soon").
 */
const DEFERRED_END = /(?:(?<!\b(?:or|and|nor|&) (?:any )?)\blater(?: on)?|(?<!\b(?:expir\w*|renew\w*|due) (?:too |any |very )?)\bsoon|\bat a later (?:date|stage|point|time)|\b(?:in|for|during|with|until) phase (?:[2-9]|two|three|four|ii|iii|iv))\s*[.!]*\s*$/;
/**
 * The same at the item's start ("Later: HSTS", "Phase 2 — TLS 1.3 only", "TODO: HSTS" as "HSTS enabled (TODO)", "Skip: HSTS",
 * "Skipped: HSTS", "SKIP - HSTS" as "HSTS (skipped)"; not "Skip-to-content link") or as its last word after a comma ("HSTS,
 * later").
 */
const DEFERRED_START = /^(?:later|soon|(?:in )?phase (?:[2-9]|two|three|four|ii|iii|iv))\s*(?:[:,—–-]|$)|^(?:to[- ]?do|tbd|fixme)\s*[:—–-]|^skip(?:ped)?(?:\s*[:—–]|\s+-\s)|[,:]\s*(?:later|soon)\s*[.!]*\s*$/;

/**
 * A clause after the main one that defers what it names, as the main clause's deferrals do ("TLS 1.2+ enforced; HSTS soon",
 * "…; HSTS in phase 2", "…; HSTS in v2", "…; HSTS N/A", "…; HSTS next sprint", "…; HSTS TBD", "…; HSTS waived (SEC-12)",
 * "…; HSTS after the domain migration", "…; HSTS once the CDN is migrated"): it defers only its own topic, so a check
 * matched there does not bind, and the item's other clauses still promise theirs (read with its brackets dropped).
 */
const DEFERRED_CLAUSE = new RegExp(String.raw`${DEFERRED_END.source}|${DEFERRED_MAIN.source}|${DEFERRED_ANYWHERE.source}|\b(?:in|for) v\d+(?:\.\d+)*\b|\bin a (?:later|future) (?:version|release)\b|\b(?:tbd|not applicable)\b`);
/** Whether `clause` (after the item's main one) defers something. */
const defersClause = (clause: string) => {
  const plain = clause.replace(/\([^)]*\)/g, ' ').trim();
  return DEFERRED_CLAUSE.test(plain) || TRACKED_IN_TICKET.test(plain);
};
/**
 * An item retired from the list, as a heading over it or as its state: it no longer applies ("No longer applicable", "— no
 * longer applies", "— no longer needed"), or it is deprecated, obsolete, retired or archived ("## Deprecated", "## Obsolete",
 * "## Retired", "## Archive", "— deprecated", "(obsolete)"). One list for both: RETIRED_HEADING reads a heading of that
 * work, WITHDRAWN_STATUS the words that always withdraw the item they are the state of, RETIRED_STATUS the words that may
 * describe the topic instead ("Disable TLS 1.0 (deprecated)": TLS 1.0 is deprecated, see retiredWithdraws).
 */
const NO_LONGER_APPLIES = String.raw`no longer (?:applicable|applies|apply|relevant|needed|required|necessary)`;
const RETIRED_WORDS = String.raw`deprecated|obsolete|retired|archived|superseded`;
const RETIRED_HEADING = String.raw`${NO_LONGER_APPLIES}|${RETIRED_WORDS}|archive`;
/**
 * Statuses that withdraw the item, as a tracker's resolution says it: waived, out of scope, not needed, won't fix (a GitHub
 * label writes it "wontfix"), won't do, not doing, not planned, cancelled, abandoned, skip or skipped (a decision, as "(skip for
 * now)" and "— descoped" are: "— skipped", ": skipped", "(skip)"; not where it says where the topic is skipped: "Debug toolbar:
 * skipped in production"); in German, French, Spanish and Portuguese too ("gestrichen", "verworfen",
 * "abgesagt", "annulé", "abandonné", "cancelado", "descartado"). Read as the other statuses are (see DEFERRING_STATUS): the
 * item's state only, opening an aside, after a dash or a label. ("Dropped" is DROPPED_STATUS's: it may be the promise.)
 */
const WITHDRAWN_STATUS = String.raw`${NO_LONGER_APPLIES}|waived|risk[- ]accepted|out of scope|de-?scoped|not (?:needed|required|necessary|applicable|relevant)|won'?t ?fix|will not fix|won'?t do|will not do|not doing|not planned|cancell?ed|canceled|abandoned|skip(?:ped)?(?!\s+(?:in|on|at|from|during|while|when|if|unless|under|with|without|behind)(?![\wà-ÿ]))|gestrichen|verworfen|abgesagt|abgebrochen|annulée?s?|abandonnée?s?|cancelad[oa]s?|descartad[oa]s?`;
/**
 * A to-do that is only to verify the promise ("(todo: verify on staging)", "— to do: double-check in prod"): a verification
 * note, as "(yet to verify on staging)" is, so no deferral.
 */
const VERIFY_NOTE = String.raw`(?:re-?|double[- ])?(?:verif|check|test|confirm|validat|smoke[- ]test)`;
/**
 * Statuses that say the work is not done yet (pending, on hold, work in progress, not started, to do; in German, French,
 * Spanish, Portuguese, Italian, Dutch and Polish too; other scripts: ABROAD's `notDone`): of DEFERRAL_STATUS, those that say
 * nothing was decided, only that the work is unfinished (not "deferred", "waived", "won't fix": a decision a tick may sign
 * off). A tick beside one on an item that names a check does not sign the item off: the check decides it (see
 * notDoneReading). "Not yet", "nog niet" and "oczekuje" (awaits, expects) only alone ("— nog niet op staging" names another
 * place, "/healthz — oczekuje 200" expects a 200).
 */
const ALONE = String.raw`(?=\s*(?:[),:;.!—–-]|$))`;
const NOT_DONE_STATUS = String.raw`pending|on hold|wip|work in progress|in progress|not (?:yet|started|done)${ALONE}|to[- ]?do${ALONE}(?!\s*[:—–-]\s*${VERIFY_NOTE})|ausstehend|(?:noch )?offen|in arbeit|in bearbeitung|en attente|en cours|pendiente|en curso|pendente|em andamento|in sospeso|da fare|in corso|nog niet(?: (?:gedaan|klaar|begonnen|gestart))?${ALONE}|bezig|in behandeling|openstaand|w toku|do zrobienia|oczekuje${ALONE}`;
/**
 * Statuses that defer whatever they are the state of: pending, on hold, work in progress, in German, French, Spanish and
 * Portuguese too ("ausstehend", "en attente", "en cours", "pendiente", "pendente", "em andamento"); "not yet" only alone ("(not
 * yet, SEC-88)": "(not yet on staging)" names another place).
 */
const DEFERRAL_STATUS = String.raw`${NOT_DONE_STATUS}|deferred|postponed|${WITHDRAWN_STATUS}|zurückgestellt|zurueckgestellt|aufgeschoben|reportée?s?|différée?s?|aplazad[oa]s?|pospuest[oa]s?|adiad[oa]s?`;
/**
 * Deferring asides: "Restart policies — waiting on platform team", "HSTS — blocked by the CDN", "(optional)"; in German,
 * French, Spanish and Portuguese too ("HSTS — en attente de l'équipe plateforme", "— wartet auf das Plattform-Team"). After
 * a dash, a time after launch that is the aside's whole state ("HSTS header configured — after launch", "— depois do
 * lançamento (SEC-9)"; not "Debug mode off — confirmed before and after go-live"). A to-do only to verify the promise is
 * no deferral (see VERIFY_NOTE): "Debug mode off — todo: verify on staging".
 */
const DEFERRING_ASIDE = /\b(?:where|when|wherever) (?:possible|feasible|applicable|practical|practicable)\b|\bif (?:applicable|possible|feasible|needed|practical)\b|\s[—–-]\s*(?:waiting on|waiting for|blocked (?:on|by)|pending|later|not(?: \w+){0,2} yet|tbd|n\/a|won'?t do|to-?do(?![\wà-ÿ])(?!\s*[:—–-]\s*(?:re-?|double[- ])?(?:verif|check|test|confirm|validat|smoke[- ]test))|wartet auf|warten auf|blockiert durch|en attente|bloqué par|pendiente|en espera|bloqueado por|pendente|aguardando)(?![\wà-ÿ])|\s[—–-]\s*(?:after (?:the )?(?:launch|go-?live|release|cutover)|nach dem (?:launch|go-?live|release|livegang)|après (?:le )?lancement|après la mise en production|después del lanzamiento|depois do lançamento|após o lançamento)\s*[.!]*\s*(?:$|[(;,])|\((?:optional|stretch|later|not yet|pending|to-?do|phase [2-9]|skip(?:ped)?)\)|:\s*(?:to-?do|tbd|later)\s*$/;
/**
 * A tracker's status label before the status (Jira, Confluence, Linear: "(Status: To Do)", "(status: pending)", "— Status:
 * pending", "— status pending", "(Estado: Pendiente)", "(Status: offen)"): the status after it is the item's state, read as
 * it is without the label ("(pending)", "— pending").
 */
const STATUS_LABEL = String.raw`(?:status|state|estado|statut|[ée]tat|situa[çc][ãa]o)(?:\s*[:=]\s*|\s+)`;
/**
 * A tracker's open statuses (Jira's "Open", "Backlog", "New", "Reopened", "Selected for development", "In review"), only
 * after a status label with its colon ("(Status: Open)", "— Status: New", "; status: backlog") and as the label's whole state:
 * after it the end, a bracket, a separator or a ticket ("(Status: Open, OPS-12)"). Elsewhere they are the topic's state
 * ("Port 443 (open)", "Postgres port not exposed (state: open on the VPN only)", "Health endpoint — status new").
 * "Open" is never a status of an item about a port or an exposure (see PORT_OR_EXPOSURE): "Database port (status:
 * open)" states the port.
 */
const trackerOpenStatus = (open: boolean) =>
  String.raw`(?<=(?:status|state|estado|statut|[ée]tat|situa[çc][ãa]o)\s*[:=]\s*)(?:${open ? 'open|opened|' : ''}re-?opened|new|backlog|in review|selected for development|ready for (?:dev(?:elopment)?|work)|not (?:yet )?(?:started|done))(?![\wà-ÿ-])(?=\s*(?:$|[),;.!]|[—–-](?:\s|$)|[A-Za-z]+-\d+|#\d+))`;
/** An item about a port or an exposure, where "open" is the topic's state, never a tracker's status. */
const PORT_OR_EXPOSURE = /\b(?:ports?|expos\w*|firewall\w*|publicly|reachable|accessible|listen\w*|ingress|egress|security groups?|inbound|outbound)\b/;
/**
 * A status that defers the item, standing as its state: opening an aside ("(pending SEC-12)", "(on hold until Q3)",
 * "(WIP)", "— on hold", "— WIP") or right after a label ("Security headers: pending", "TLS 1.2+: pending (SEC-12)", "CSP: WIP",
 * "HSTS : en attente", "Restart-Policy: ausstehend"), in the languages the rules read. Only when the status opens the aside
 * or the label's state: one that qualifies another thing keeps the item a promise ("HSTS enabled, 1 year (preload
 * pending)", "Non-root containers (curl removed)"). And only a status that is the whole state: after it, the end, a
 * bracket, a separator, a ticket ("pending SEC-12") or what it waits for ("on hold until Q3", "pending the CDN migration");
 * one followed by another noun qualifies that noun ("returns 503 (pending migrations)", "Readiness probe: pending requests
 * drained before shutdown"). "Off" and "disabled" are no status here: they switch the topic's
 * safeguard off (see optOutOf), and state the promise for a risk ("Debug mode: off").
 */
const deferringStatus = (open: boolean, statuses = DEFERRAL_STATUS, flags = '') => new RegExp(String.raw`(?:\(\s*|\s[—–-]\s*|^[^:;()]*?\s?:\s*)(?:${STATUS_LABEL})?(?:${statuses}|${trackerOpenStatus(open)})(?![\wà-ÿ-])${String.raw`(?=\s*(?:$|[),;:.!—–(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:until|till|by|on|for|from|since|as of|due|in|at|after|before|while|waiting|the|a|an|our|their|its|this|that|de|du|des|la|le|von|bis|auf|hasta|até|por|par|fino|entro|tot|door|met|na|do|przez)(?![\wà-ÿ])))`}`, flags);
const DEFERRING_STATUS = deferringStatus(true);
const DEFERRING_STATUS_NOT_OPEN = deferringStatus(false);
/** A not-done status (see NOT_DONE_STATUS) standing as the item's state, as DEFERRING_STATUS reads one, in the item as written. */
const NOT_DONE = deferringStatus(true, NOT_DONE_STATUS, 'i');
const NOT_DONE_NOT_OPEN = deferringStatus(false, NOT_DONE_STATUS, 'i');
/**
 * The item (`text`, as written) without the not-done statuses that stand as its state ("Debug mode disabled — not done",
 * "Containers run as a non-root user (Status: To Do)", "Security headers: pending", "HSTS（対応中）", "CSP — в работе",
 * "HSTS【进行中】"): the aside, or the label's state, that holds each (at most three), so the matcher can say which checks
 * the item names; "blocked" is one too, where BLOCKED_STATUS reads it ("— blocked by OPS-12", "(blocked)", "— Status: Blocked";
 * not "DB ports — blocked by the firewall"). A ticket or an owner before or beside the status is a remark, as where the deferrals read ("— [OPS-1]
 * pending", "(JIRA-42: in progress)", "— OPS-12 WIP", "- see #123, pending"), and goes with it. Undefined when it has none
 * ("Rotated keys (OPS-1)": a reference alone is no status).
 */
export function notDoneReading(title: string): string | undefined {
  // `title` as the readers pass it, in its first MAX_TITLE_READ characters (see titleRead).
  const spelled = statusSpelled(title).normalize('NFKC');
  let out = spelled.replace(REFERENCES_BRACKETED_AS_WRITTEN, '').replace(REFERENCES_FIRST_AS_WRITTEN, '$1');
  let found = false;
  for (let k = 0; k < 3; k++) {
    const lower = out.toLowerCase();
    const m = (PORT_OR_EXPOSURE.test(lower) ? NOT_DONE_NOT_OPEN : NOT_DONE).exec(out) ?? NOT_DONE_ABROAD.exec(out) ?? (BLOCKED_IS_THE_PROMISE.test(lower) && !BLOCKED_ON_REFERENCE.test(spelled) ? null : BLOCKED_AS_WRITTEN.exec(out));
    if (!m) break;
    found = true;
    const opened = /^[(【]/.exec(m[0])?.[0];
    if (opened) {
      const close = out.indexOf(opened === '(' ? ')' : '】', m.index);
      out = `${out.slice(0, m.index)} ${close < 0 ? '' : out.slice(close + 1)}`;
    } else if (/^\s*[—–-]/.test(m[0])) out = out.slice(0, m.index);
    else out = out.slice(0, m.index + m[0].indexOf(':'));
    out = out.replace(/\s{2,}/g, ' ').trim();
  }
  return found ? out : undefined;
}
/**
 * The most characters of an item's title (a Markdown item's promise, a YAML item's title) the status and phrase rules read.
 * A status stands beside a title of a line or two, and the status regexes scan from each "blocked" or "root" on, so a 1 MB
 * title would take minutes (review 48 B1).
 */
export const MAX_TITLE_READ = 2000;
/**
 * An item's title as the rules read it: its first MAX_TITLE_READ characters. The one cap, where a title enters the reading
 * (bindChecklist for a Markdown item, notDoneChecksOfTitle for a YAML one); the readings after it (statusSpelled,
 * notDoneReading, matchItem) take the text as given.
 */
export const titleRead = (title: string): string => (title.length > MAX_TITLE_READ ? title.slice(0, MAX_TITLE_READ) : title);
/** Whether `text` (or an aside of an item about `topic`) has a status that defers it (see DEFERRING_STATUS). */
const defersByStatus = (text: string, topic = text) => (PORT_OR_EXPOSURE.test(topic) ? DEFERRING_STATUS_NOT_OPEN : DEFERRING_STATUS).test(text);
/**
 * "Blocked" as the same status ("(blocked by MOB-233)", "(blocked: legacy image)", "— blocked (MOB-233)", "Security headers:
 * blocked"): a safeguard that is blocked is not in place. Not for an item about something blocked from outside (an
 * exposure, a path, a port, an origin, legacy TLS), nor one that says what enforces the block ("(blocked: runAsNonRoot
 * enforced by admission)"), nor a risk blocked ("Privileged containers: blocked"): there "blocked" is the promise ("Port
 * 5432 (blocked by the firewall)", "`/.git` (blocked)"; debug endpoints and routes, not debug mode: "Debug mode off — blocked by
 * OPS-12" is the status). As for the other statuses, only one that is the whole state, after a status label too ("— Status:
 * Blocked", "(Status: Blocked)"), in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian and Ukrainian too
 * ("blockiert", "bloqué", "bloqueado", "bloccato", "geblokkeerd", "zablokowane", "заблокировано"). It is a not-done state (Jira's
 * Blocked), no decision: a tick beside it does not sign off an item that names a check (see notDoneReading).
 */
const BLOCKED_WORDS = String.raw`blocked|blockiert|bloquée?s?|bloquead[oa]s?|bloccat[oaie]|geblokkeerd|zablokowan[yae]|заблокирован[оаы]?|заблоковано|заблокован[аі]?`;
const blockedStatus = (flags = '') => new RegExp(String.raw`(?:\(\s*|\s[—–-]\s*|^[^:;()]*?\s?:\s*)(?:${STATUS_LABEL})?(?:${BLOCKED_WORDS})(?![\wà-ÿа-яіїє-])${String.raw`(?=\s*(?:$|[),;:.!—–(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:until|till|by|on|for|from|since|due|in|at|after|before|while|waiting|the|a|an|our|their|its|this|that|durch|par|por|da|door|przez)(?![\wà-ÿ])))`}`, flags);
const BLOCKED_STATUS = blockedStatus();
/** BLOCKED_STATUS in the item as written (see notDoneReading). */
const BLOCKED_AS_WRITTEN = blockedStatus('i');
/**
 * Ways of writing a status that say what "— pending" says, read as it (see statusSpelled): a status or a ticket mark emoji or
 * a GitHub shortcode (`:hourglass:`).
 */
const MARK_EMOJI = String.raw`(?:[\p{Extended_Pictographic}✓✔✗✘✖](?:\uFE0F|\u200D[\p{Extended_Pictographic}])*|:[a-z][a-z\d_+-]*:)`;
/** The emoji that say "in progress" on their own ("— ⏳", "(🚧)", "Status: ⏳"), and those that say "not done" after a status label ("Status: ❌"). */
const IN_PROGRESS_EMOJI = markPattern('⏳⌛🚧');
const CROSS_EMOJI = markPattern('❌❎✗✘✖');
/** A status and nothing else: what a bracket (`[WIP]`) or an emphasis (`_pending_`) holds when it is the item's status. */
const STATUS_ALONE = new RegExp(String.raw`^\s*(?:${STATUS_LABEL})?(?:${DEFERRAL_STATUS}|${BLOCKED_WORDS}|later|tbd|n\/a)\s*$`, 'i');
/** Whether `text` is a status and nothing more ("WIP", "pending", "Status: Blocked", "to do"): see STATUS_ALONE. */
export const isStatusAlone = (text: string): boolean => text.length <= 40 && STATUS_ALONE.test(text);
const SPELLINGS: readonly (readonly [RegExp, string | ((...m: string[]) => string)])[] = [
  // An ASCII double dash is a dash ("HSTS -- pending"); not an option ("--no-debug").
  [/(?<=\S)\s+--\s+(?=\S)/g, ' — '],
  // A status in square brackets is an aside ("HSTS [WIP]", "[TODO] HSTS", "[Status: Blocked]"); not a tag that names a topic
  // ("[API] Health endpoint answers"), a link or a reference definition.
  [/\[\s*([^[\]\n]{1,40}?)\s*\](?!\s*[(:[])/g, (whole, inner) => (isStatusAlone(inner!) ? `(${inner})` : whole!)],
  // An emoji alone as the state: ⏳, 🚧 say in progress; ❌ says not done after a status label (after a dash it may answer no:
  // "Debug mode — ❌").
  [new RegExp(String.raw`(\(\s*|\s[—–-]\s*|:\s*)${IN_PROGRESS_EMOJI}(?=\s*(?:$|[),;.]))`, 'gu'), '$1in progress'],
  [new RegExp(String.raw`((?:status|state)\s*[:=]\s*)${CROSS_EMOJI}(?=\s*(?:$|[),;.]))`, 'giu'), '$1not done'],
  // A mark before the status ("— ⏳ pending", "(🚧 WIP)", "— ❌ not done", "— :hourglass: pending", "Status: ⏳ in progress").
  [new RegExp(String.raw`(\(\s*|\s[—–-]\s*|:\s+)(?:${MARK_EMOJI}\s*)+(?=\p{L})`, 'gu'), '$1'],
  // An in-progress mark after a word ends nothing new ("— pending ⏳").
  [new RegExp(String.raw`(?<=\p{L})\s*${IN_PROGRESS_EMOJI}(?=\s*(?:$|\)))`, 'gu'), ''],
  // A bare TODO or WIP in capitals opening or ending the item, as a tag ("TODO Debug mode is off", "Image tags pinned WIP").
  [/^(TODO|WIP)\s+(?=\p{Lu})/u, '($1) '],
  [/(?<=\p{L})\s+(TODO|WIP)\s*[.!]*\s*$/u, ' ($1)'],
];
/**
 * The item (`text`, as written) with its status spelled as "— pending" and "(WIP)" are, so that every reading of a status
 * (deferral, not-done, withdrawal) reads it the same: a status mark or shortcode before it ("— ⏳ pending", "— 🚧 WIP", "— ❌
 * not done", "(⏳ pending)", "— :hourglass: pending"), an in-progress emoji alone ("— ⏳", "Status: 🚧") or a cross after a
 * status label ("— Status: ❌"), a status in square brackets, ending or opening the item ("HSTS [TODO]", "[WIP] HSTS
 * enabled"), an ASCII `--` ("HSTS -- pending"), a bare TODO or WIP in capitals as a tag ("TODO HSTS enabled", "HSTS enabled
 * WIP"). (An emphasised status, "HSTS _pending_", is read as an aside by the Markdown parser.) Decorative emoji are left alone:
 * a lock or a tick before the topic ("🔒 HSTS enabled", "✅ Health endpoint answers") states no status, and a tick keeps its
 * meaning ("CSP? ✅").
 */
export function statusSpelled(text: string): string {
  let out = text;
  for (const [re, to] of SPELLINGS) out = out.replace(re, to as string);
  return out;
}
const BLOCKED_IS_THE_PROMISE = /\b(?:expos\w*|reachab\w*|accessib\w*|access(?:ed)?|public(?:ly)?|internet|outside|external(?:ly)?|inbound|ports?|paths?|urls?|endpoints?|routes?|requests?|traffic|origins?|wildcards?|listing|served|serving|ips?|admin|debug(?! mode)|firewalls?|waf|security groups?|network ?polic(?:y|ies)|tls ?v?1\.[01]|ssl ?v?[23]|sslv[23])\b|(?:^|[\s(])\.(?:env|git)\b|(?:^|[\s(])\/[\w.]|\bblocked\b(?:(?!\b(?:waiting|until|once|pending|after)\b)[^;])*\b(?:enforc\w*|admission\w*|gatekeeper|kyverno|pod security|psa|psp)\b|^(?![^:(—–]*\b(?:no|not|non|never|without)\b)[^:(—–]*\b(?:root|privileged|latest)\b[^:(—–]*(?::|\(|\s[—–-])\s*blocked\b/;
/**
 * "Dropped" as the item's state, as DEFERRING_STATUS reads a status ("HSTS header configured — dropped", "CSP (dropped)",
 * "Security headers: dropped, see SEC-12"): the item is withdrawn. Not when the item names only a risk, with no state or
 * action of its own: then the risk dropped is the promise ("TLS 1.0 and 1.1 — dropped", "`X-Powered-By` header (dropped)",
 * "`:latest` tags — dropped"), see DROPPED_IS_THE_PROMISE.
 */
const DROPPED_STATUS = new RegExp(String.raw`(?:\(\s*|\s[—–-]\s*|^[^:;()]*?\s?:\s*)(?:dropped)(?![\wà-ÿ-])${String.raw`(?=\s*(?:$|[),;:.!—–(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:as of|in|since|for|from|on|by|after|per|with|due|because|the|a|an|our|this|that)(?![\wà-ÿ])))`}`);
/** What names a risk whose removal is a promise: old protocols and ciphers, banners, debug, root, `latest`, defaults, secrets, ports, paths. */
const RISK_NAMED = /\b(?:tls ?v?1(?:\.[01])?|ssl ?v?[23]|sslv[23]|legacy|old|weak|insecure|deprecated|obsolete|outdated|ciphers?|x-powered-by|server (?:headers?|tokens?|banners?|versions?)|banners?|version (?:headers?|info\w*)|debug\w*|root|privileg\w*|capabilit\w*|latest|wildcards?|defaults?|passwords?|secrets?|credentials?|keys?|tokens?|ports?|listings?|sudo|shells?|inspector|jdwp|http(?! ?(?:→|->|to|=>) ?https))\b|(?:^|[\s(])[.:/][\w.]/;
/** A state or an action the item states of its topic ("configured", "enable", "set"): "dropped" after it is the item's status. */
const STATE_OR_ACTION = /(?<![\p{L}\p{N}_])(?:enabled?|configured?|set(?: up)?|sent|present|pinned|pin|in place|enforced?|active|on|required|require|implemented|implement|added|add|applied|apply|disabled?|turn(?:ed)? off|returns?|redirects?|valid|secure|use[ds]?|install(?:ed)?|rotated?|changed?|replaced?|restricted|restrict|limited|limit)(?![\p{L}\p{N}_])/u;
/** Whether the item's status is "dropped" (see DROPPED_STATUS), the item naming more than a risk that a drop removes. */
function droppedWithdraws(text: string): boolean {
  const m = DROPPED_STATUS.exec(text);
  if (!m) return false;
  const topic = text.slice(0, m.index).replace(/\([^()]*\)/g, ' ');
  return STATE_OR_ACTION.test(topic) || !RISK_NAMED.test(topic);
}
/**
 * "Deprecated", "obsolete", "retired", "archived" or "superseded" as the item's state, as DEFERRING_STATUS reads a status ("Set
 * up container restart policies — deprecated", "(obsolete since the k8s move)", "Security headers: retired"): the item is
 * retired from the list (see RETIRED_WORDS).
 */
const RETIRED_STATUS = new RegExp(String.raw`(?:\(\s*|\s[—–-]\s*|^[^:;()]*?\s?:\s*)(${RETIRED_WORDS})(?![\wà-ÿ-])(?=\s*(?:$|[),;:.!—–(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:as of|in|since|for|from|on|by|after|per|with|due|because|when|the|a|an|our|this|that)(?![\wà-ÿ])))`, 'g');
/** What is deprecated or obsolete itself: old protocols and ciphers, legacy headers ("Disable TLS 1.0 (deprecated)"; not TLS 1.2 or 1.3). */
const DEPRECATED_THING = /\b(?:tls ?v?1(?:\.[01])?(?![.\d])|ssl ?v?[23]|sslv[23]|legacy|old(?:er)?|weak|insecure|outdated|ciphers?|cipher suites?|protocols?|x-xss-protection|expect-ct|hpkp|public-key-pins|feature-policy|p3p)\b/;
/**
 * Whether the item's state is "deprecated", "obsolete"… (see RETIRED_STATUS): the item is retired, unless what it names before
 * that word is something deprecated itself, which the word describes ("TLS 1.0 and 1.1 disabled (deprecated)", "SSLv3 —
 * obsolete"): then the item still promises.
 */
function retiredWithdraws(text: string): boolean {
  // What the item names before the word: up to the word itself, since a label's match opens with the label ("SSLv3: obsolete").
  return [...text.matchAll(RETIRED_STATUS)].some((m) => !keptFor(m[1]!, text.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[);]/)[0]!) && !DEPRECATED_THING.test(text.slice(0, m.index + m[0].length - m[1]!.length).replace(/\([^()]*\)/g, ' ')));
}
/**
 * What follows "archived", "retired" or "superseded" when the word tells what is done with the topic, not the item's state:
 * how long or how often it is kept ("No `latest` image tags (archived in ECR for 90 days)", "Logs: archived for 90 days",
 * "Audit logs — retired after 1 year", "— archived nightly") or where ("(archived in S3)"). After "deprecated" or
 * "obsolete" only a retention right after the word ("API keys — deprecated after 90 days"): "deprecated in v2" is the
 * item's state. A reason, a date or a release of its own still is the state ("(retired since the k8s move)", "—
 * superseded by CSP", "(archived in favour of the CDN policy)", "— retired in Q3").
 */
const RETENTION_AFTER = /^\s*(?:for|after|within|every|once|older than)\s+(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s)/;
const PLACE_AFTER = /^\s*(?:in|into|to|on|at|under|onto)\s+(?!favou?r of\b|(?:q[1-4]|h[12]|\d{4}|v\d[\w.]*|(?:the )?(?:next|last|previous) (?:sprint|release|quarter|version))(?![\w-]))/;
const RETENTION_ANYWHERE = /\b\d+\s*-?\s*(?:d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?|h|hrs?|hours?)\b(?!\s+ago\b)|\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually)\b/;
function keptFor(word: string, after: string): boolean {
  if (RETENTION_AFTER.test(after)) return true;
  return /^(?:archived|retired|superseded)$/.test(word) && (PLACE_AFTER.test(after) || RETENTION_ANYWHERE.test(after));
}
/**
 * A ticket, pull request or owner reference: "OPS-1", "JIRA OPS-1", "#412", "PR #412", "@bob". A remark, as after a health path
 * ("/readyz — SRE-142"): it changes nothing of what the item says (a version, "tls-1.2", is no ticket).
 */
const REFERENCE = String.raw`(?:(?:pr|mr|issue|ticket|jira) ?)?#\d+|(?:(?:jira|ticket|issue) )?[a-z][a-z\d]*-\d+(?![\w-]|\.\d)|@[\w-]+(?![\w-])`;
/**
 * "Blocked" on a ticket or a person ("— blocked by OPS-12", "(blocked on @infra)", "— blocked (OPS-12)", "(blocked: #412)"): the
 * item's status, whatever the item names (BLOCKED_IS_THE_PROMISE aside: "CORS allows no origin — blocked by OPS-12").
 */
const BLOCKED_ON_REFERENCE = new RegExp(String.raw`(?:\(\s*|\s[—–-]\s*|:\s*)(?:${STATUS_LABEL})?(?:${BLOCKED_WORDS})(?:\s+(?:by|on|durch|par|por|da|door|przez)\s+|\s*[(:,]\s*|\s+)\[?\s*(?:${REFERENCE})`, 'i');
/**
 * Work tracked in a ticket rather than done: "Non-root containers migration tracked in JIRA-123", "tracked as a Linear issue",
 * "filed in the backlog"; as the item's state after a dash, a comma or a label or opening an aside ("Non-root containers —
 * tracked in JIRA-123", "(tracked in OPS-1)"), or in its main clause. In a later clause it defers that clause's topic only
 * ("HSTS enabled; CSP tracked in SEC-12"). Not a file tracked in git ("`.env` is not tracked in git").
 */
const TRACKED_IN_TICKET = new RegExp(String.raw`\b(?:tracked|ticketed|filed|raised) (?:in|as|under|via|by|on|with) (?:(?:a|an|the|our) )?(?:(?:jira|linear|github|gitlab|shortcut|asana|trello|youtrack)(?: (?:issues?|tickets?|epics?|stor(?:y|ies)|cards?|boards?|projects?))?|tickets?|issues?|epics?|stor(?:y|ies)|cards?|backlog|${REFERENCE})(?![\w-])`);
const TRACKED_STATUS = new RegExp(String.raw`(?:\(\s*|,\s*|\s[—–-]\s*|^[^:;()]*?\s?:\s*)${TRACKED_IN_TICKET.source}`);
/**
 * A list of references ("OPS-1, OPS-2", "#1 #2", "@alice & #412"). Each separator reads one way only (a `,`, `/` or `&`
 * with the spaces around it, or spaces alone), so a list that fails to match after it is given up in one pass: a
 * separator that two spans of spaces could share doubled the work with every reference (a gate hung on one line).
 */
const REFERENCES = String.raw`(?:${REFERENCE})(?:(?:\s*[,/&]\s*|\s+)(?:${REFERENCE}))*`;
/**
 * References opening an aside or a label's state, before its words ("— [OPS-1] pending", "— #412 pending", "(@bob: WIP)",
 * "— see #123, pending", "(cf. OPS-1: in progress)").
 */
const REFERENCES_FIRST = new RegExp(String.raw`(\(\s*|\s[—–-]\s*|:\s*)(?:(?:see|cf\.?|ref\.?|siehe|voir)\s+)?(?:\[\s*${REFERENCES}\s*\]|${REFERENCES})(?:\s*[,:]\s*|\s*)(?=\p{L})`, 'gu');
/**
 * A bracket that holds references only ("(OPS-1)", "[OPS-1]", "(@alice, #412)"), with the spaces before it: from the first
 * of them only (a match tried from each space of a long run read the run again each time).
 */
const REFERENCES_BRACKETED = new RegExp(String.raw`(?<!\s)\s*(?:\(\s*${REFERENCES}\s*\)|\[\s*${REFERENCES}\s*\])`, 'g');
/** REFERENCES_FIRST and REFERENCES_BRACKETED in the item as written, its case kept (see notDoneReading). */
const REFERENCES_FIRST_AS_WRITTEN = new RegExp(REFERENCES_FIRST.source, 'giu');
const REFERENCES_BRACKETED_AS_WRITTEN = new RegExp(REFERENCES_BRACKETED.source, 'gi');
/**
 * `text` without its references (see REFERENCE) where the status and deferral vetoes read: a status after a ticket or an
 * owner ("— [OPS-1] pending", "— OPS-1 pending", "— #412 pending", "— @bob in progress", "— not started (OPS-1)") is the
 * item's state as it is without them ("— pending", "— not started").
 */
function withoutReferences(text: string): string {
  return text.replace(REFERENCES_BRACKETED, '').replace(REFERENCES_FIRST, '$1');
}
/**
 * What the item's main clause (before `;`, `(`, `,`, a dash) is about, when it is not this deployment:
 * knowledge of the topic ("Runbook explains how to roll back HSTS", "Health endpoint documented in the
 * runbook") or a third-party service or client ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS"). An aside
 * ("HSTS enabled (documented and enforced)", "TLS 1.2+ on the public API (iOS app included)") is not.
 */
/**
 * Oversight of the topic as the promise: "Security headers documented", "HTTPS redirect monitored", "CSP reviewed by security"
 * (see ABOUT_SOMETHING_ELSE). Not after a state promised beside it ("HSTS enabled and monitored").
 */
const OVERSIGHT = /(?<!\b(?:enabled|disabled|enforced|set|pinned|configured|on|off|in place|active|required|present|blocked|restricted|limited|redirected|rotated) and )\b(?:documented|monitored|reviewed|audited)\b/;
/**
 * A review or an audit whose result is stated after it, in an aside or after a colon or a spaced dash: "Dockerfile reviewed
 * (non-root user)", "Dockerfile reviewed: runs as non-root user", "Dockerfile audited — no root user". `[1]`: the stated
 * part. It is a verification of that state, as "Review Dockerfile security (non-root user)" is (see PAPERWORK), when the
 * stated part names a check's topic on its own; a reviewer, a schedule or an owner is no state ("CSP reviewed (by security)",
 * "CSP reviewed: quarterly").
 */
const REVIEWED_STATE = /^[^():;—–]*?\b(?:reviewed|audited)\s*(?:\(([^()]+)\)\s*$|:\s*([^;]+)$|\s[—–-]\s+([^;]+)$)/;
function reviewOfStatedState(text: string): boolean {
  const m = REVIEWED_STATE.exec(text);
  const stated = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
  if (!stated || /^(?:by|with|per|for|at|on|in|every|each|monthly|weekly|quarterly|yearly|annually|daily|before|after|during)\b/.test(stated) || OVERSIGHT.test(stated)) return false;
  return rules().some(([, list]) => list.some((r) => r.pattern.test(stated)));
}
const ABOUT_SOMETHING_ELSE: readonly RegExp[] = [
  // A plan, an agreement or a discussion about the topic, not its state: "HSTS rollout plan agreed with the web team", "CSP
  // rollout plan agreed", "HTTPS redirect discussed with the CDN vendor", "Health endpoint spec agreed with the mobile team"
  // (not "as agreed with security", which says why the state is what it is).
  // (A pod spec is Kubernetes' own: "Runs as non-root in the Dockerfile and in the Kubernetes pod spec".)
  /(?<!\b(?:per|in|by|following|according to|under|from|with|see|as) (?:the |our |a )?(?:[\w-]+ ){0,2})\b(?:(?:rollout|roll-out|migration|implementation|adoption|enablement|remediation|action|upgrade|transition) plans?|(?:plans?|(?<!\bpod )specs?|specifications?|proposals?|designs?|rfcs?|adrs?|strateg(?:y|ies)))(?= *$| (?:(?:is|are|was|were|has been|have been) )?(?:agreed|approved|drafted|written|signed off|accepted|discussed|reviewed|circulated|shared|finali[sz]ed|ready|in place|created|documented|defined|prepared|done)\b)|(?<!\bas )\b(?:discussed|agreed|negotiated) (?:with|on|upon|between)\b/,
  // The topic put on a dashboard, a status page or a monitoring tool, not the deployment's state: "Health endpoint dashboard
  // added to Grafana", "Health endpoint added to the status page" ("Response time under 800 ms on the Grafana dashboard" still
  // promises the time).
  /\b(?:added|published|shown|displayed|listed|graphed|plotted|wired(?: up)?|hooked up|registered|exported) (?:to|on|in|into|with) (?:the |our |an? )?(?:[\w-]+ )?(?:grafana|kibana|datadog|new relic|cloudwatch|prometheus|status ?pages?|statuspage(?:\.io)?|statuscake|pingdom|uptime ?robot|better ?(?:uptime|stack)|honeycomb|splunk|dashboards?|monitoring|alerting)\b|(?<!\b(?:admin|user|users'|customer|merchant|partner|account|web|main|app|seller|vendor) )\bdashboards?(?: (?:is|are|was|were|has been|have been))? (?:added|created|set up|built|configured|in place|ready|published|live|updated)\b/,
  // A dependency bot set up, as the subject: "Renovate configured to bump pinned image tags", "Dependabot enabled for base
  // images" (not what it keeps: "Dependabot keeps base images pinned").
  /^(?:the )?(?:renovate|dependabot)(?: bot)?(?: (?:is|are|was|has been))? (?:configured|enabled|set up|installed|added|runs?|running|opens?|raises?|bumps?|updates?|upgrades?|scheduled|turned on)\b/,
  // Observability about the topic: "Alert if the HSTS header disappears", "Dashboard panel for response time", "Grafana
  // dashboard for response time under 200 ms", "Latency graph in Kibana", "SLO: p50 under 300 ms" (a monitoring tool or
  // metric named before the dashboard; "Admin dashboard loads in 2 s" is a page of the deployment).
  /^(?:(?:set up|configure|add|create|have|build) )?(?:an? |the )?(?:(?:grafana|kibana|datadog|new relic|cloudwatch|prometheus|honeycomb|splunk|monitoring|observability|metrics?|latency|performance|response[- ]times?|uptime|slo|sli) )?(?:alerts?|alerting|dashboards?|(?:dashboard |grafana )?panels?|graphs?|charts?|uptime (?:checks?|monitors?)|synthetic (?:checks?|monitors?|tests?))\b|^(?:an? |the )?(?:slos?|slis?)\b|\balert(?:s|ing)? (?:if|when|on|for)\b/,
  // Documents as the subject or the place of the topic: "Customer-facing docs explain how to enable HSTS on custom domains",
  // "Remove the `latest` tag example from the README", "No `latest` tags in the docs" (not a path: "`/docs` not public").
  /(?<![\w\/.-])(?:runbooks?|playbooks?|wiki|docs|documentation|readme|faqs?|guides?|help (?:cent(?:er|re)s?(?: pages?| articles?)?|pages?|articles?))(?:\.md)? (?:explain|describe|cover|mention|list|show|tell|say|document|walk|link)(?:s|ed|ing)?\b|\b(?:explain|describe|document)(?:s|ed|ing)? how\b|\b(?:in|from|to|into|on) (?:the |our )?(?:[\w-]+ )?(?<![\/.-])(?:readme|docs|documentation|wiki|runbook|changelog|handbook|tutorial|blog(?: post)?|confluence|notion)\b(?:\.md)?(?![\/-])/,
  // Tests of the topic: "Unit tests cover the HSTS middleware", "Integration tests check CORS" (a test suite, not the deployment).
  /\b(?:unit|integration|e2e|end-to-end|regression|contract|snapshot|acceptance|component) tests? (?:for|of|on|cover|covers|covering|check|checks|checking|verify|verifies|assert|asserts|exercise|exercises)\b/,
  /^(?:the )?(?:runbooks?|playbooks?|wiki|docs?|documentation|on-call)\b|\b(?:documented (?:in|on|at|for)|documents|explains|describes|knows where|quotes? for|get quotes|trained (?:on|in|about|for)|explained (?:to|in|for)|blog (?:posts?|articles?)|walk-?throughs?|for new hires|onboarding (?:docs?|sessions?|guides?)|training (?:on|about|for|sessions?|materials?)|knows? (?:how|about|what|why|when|where)|understands?|understood|(?:is |are )?aware of|awareness|post-?mortems?|(?:rollback|roll-back|incident|escalation) (?:procedures?|plans?|process(?:es)?|steps))\b/,
  // Oversight of the topic as the promise: "Security headers documented", "HTTPS redirect monitored", "HSTS enabled and
  // monitored", "CSP reviewed by security", "TLS config audited" (a check proves the state, not that anyone documented,
  // watches or reviewed it; as the reading in English of other languages has it). In an aside it is a remark: "HSTS
  // enabled (reviewed by security)" binds, and so does a state promised beside it ("HSTS enabled and monitored": the
  // check proves the state; the oversight is a remark, as an aside is).
  OVERSIGHT,
  // A mobile client ("Security headers in the mobile app"), not the API it calls ("… on the API used by the mobile app").
  /(?<!\b(?:for|by|from|to|serving|behind) (?:the |our |a )?(?:ios |android |native )?)\bmobile[- ]apps?\b/,
  // Not an image named for it ("CUDA base image pinned", "Base image pinned: `nvidia/cuda:12.4.1-runtime`"): that is the
  // deployment's. Nor the user named for it ("Image runs as `airflow` user (not root)"): the deployment's user.
  // Nor a service's keys or passwords, which the deployment holds ("Stripe keys come from SSM, not from `serverless.yml`", "No
  // SendGrid API keys in the repo", "RDS master password not in `config.yml`"): not a mobile platform's (iOS signing keys), nor
  // those of services a client app holds keys for (Firebase, OneSignal, Sentry: "OneSignal API key not hard-coded in the app").
  /(?<!\/)\b(?:s3(?: bucket)?|auth0|okta|sendgrid|mailgun|postmark|stripe|twilio|apns|push notifications?|ios|android|app transport security|ats|react native|jupyter|datadog|uptime ?robot|pingdom|statuspage|sentry(?: sdk)?|pagerduty|firebase|spark|airflow|cuda|pytorch|tensorflow|cloudfront|webflow|onesignal|zendesk|shopify|intercom|hubspot|rds|aurora|cloud sql|elasticache|network_security_config|cleartext ?traffic\w*|their (?:api|servers?))\b(?!:\d| (?:(?:base|docker|container|runtime|gpu) )*images?\b)(?<!\bas (?:the |an? )?\w+(?= users?\b))(?!(?<=\b(?:auth0|okta|sendgrid|mailgun|postmark|stripe|twilio|datadog|pagerduty|zendesk|shopify|intercom|hubspot|s3|rds|aurora|cloud sql|elasticache))(?: (?:live|test|secret|restricted|api|webhook|signing|access|auth|master|admin|service(?: account)?|production|prod|server|private|client))* (?:keys?|secrets?|tokens?|credentials?|passwords?)\b)/,
];
const mainClause = (text: string) => text.split(/;|\(|,|\s[—–-]\s/)[0]!;
/** The clause of `text` (split at `;`, `,`, a spaced dash) that holds offset `at`. */
function clauseAt(text: string, at: number): string {
  return clauseSpanAt(text, at).clause;
}
const CLAUSE_SPLIT = /;|,|\s[—–-]\s/g;
/** The clause of `text` that holds offset `at`, and whether it is the first one. */
function clauseSpanAt(text: string, at: number): { clause: string; first: boolean } {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_SPLIT)) {
    if (m.index >= at) return { clause: text.slice(start, m.index), first: start === 0 };
    start = m.index + m[0].length;
  }
  return { clause: text.slice(start), first: start === 0 };
}
/** The spans of the clauses of `text` after its first one (split as clauseAt splits). */
function laterClauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (const m of text.matchAll(CLAUSE_SPLIT)) {
    if (start >= 0) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start >= 0) out.push([start, text.length]);
  return out;
}
/**
 * Another environment named without production: "on staging only", "locally", "on localhost" (not local env files, which
 * are `.env.local` and friends: "`.gitignore` covers local env files").
 */
const OTHER_ENVIRONMENT = /\b(?:staging|pre-?prod(?:uction)?|locally|localhost|local (?:dev(?:elopment)?|env(?:ironment)?(?! files?\b)|machines?|compose|docker)|dev (?:env(?:ironment)?|cluster)|development (?:env(?:ironment)?|cluster)|qa env(?:ironment)?|sandbox|preview env(?:ironment)?s?)\b/;
/** A ticket, PR or owner reference anywhere in an aside ("staging, OPS-1", "OPS-1 staging"; see REFERENCE). */
const REFERENCE_IN_ASIDE = new RegExp(String.raw`(?<![\w-])(?:${REFERENCE})`, 'g');
/**
 * A date in an aside ("2025-03-01", "2025-03", "03/01/2025", "1.3.2025", "1 March 2025", "March 1st, 2025", "Q3 2025",
 * "2025"): when, not a value of the promise's own ("2048-bit", "6 months" are).
 */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_IN_ASIDE = new RegExp(String.raw`(?<![\w.-])(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \d{4})?|${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|q[1-4](?: \d{4})?|(?:19|20)\d{2})(?![\w-]|\.\d)`, 'g');
/**
 * An aside as ENVIRONMENT_REMARK reads it: without its tickets, PRs, owners and dates, which are remarks on the item ("—
 * [OPS-1] staging", "(staging, OPS-1)", "(staging, 2025-03-01)" name staging alone, as "— staging" does), not a value of
 * its own there ("(6 months on staging)").
 */
function environmentAside(piece: string): string {
  return piece.replace(REFERENCE_IN_ASIDE, ' ').replace(DATE_IN_ASIDE, ' ');
}
/**
 * An aside or a clause after the main one that names another environment as a remark on a promise about this deployment, not
 * as its scope: what holds there too ("— also on staging", "(staging too)"), a value of its own there ("(6 months on staging)",
 * "— 300 s on staging"), its exception ("(except staging)", "(not yet on staging)"), or a sentence of its own ("; staging uses
 * a shorter max-age"). Not one that says "only" ("(staging only)", "— only on staging"): that is the scope.
 */
const ENVIRONMENT_REMARK = /^(?!.*\bonly\b)(?:.*\b(?:also|too|as well|likewise|in addition|additionally|not|except|excluding|apart from|other than|besides)\b|.*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|\s*(?:the |our )?(?:staging|pre-?prod(?:uction)?|sandbox|qa|uat|dev|development)(?: env(?:ironment)?| cluster| site| server)? (?:uses|has|gets|keeps|runs|is|are|stays|remains|shares|mirrors|follows|will|can|may|does|sets|serves|sends)\b)/;
/**
 * `said` without the asides and later clauses that are ENVIRONMENT_REMARKs: what is left names the promise's scope. In one
 * pass over the text (a separator is inside brackets when the next bracket after it closes one: read from the end once,
 * not looked ahead to the end from every separator).
 */
function withoutEnvironmentRemarks(said: string): string {
  const remark = (piece: string) => OTHER_ENVIRONMENT.test(piece) && ENVIRONMENT_REMARK.test(environmentAside(piece));
  const kept = said.replace(/\(([^()]*)\)/g, (m: string, inner: string) => (remark(inner) ? ' ' : m));
  // Whether the next bracket at or after each offset closes one.
  const closes = new Uint8Array(kept.length + 1);
  for (let i = kept.length - 1; i >= 0; i--) closes[i] = kept[i] === ')' ? 1 : kept[i] === '(' ? 0 : closes[i + 1]!;
  // Split at the separators outside brackets; the first part is the main clause.
  let out = '';
  let start = 0;
  const piece = (end: number) => (start > 0 && remark(kept.slice(start, end)) ? ' ' : kept.slice(start, end));
  for (const m of kept.matchAll(/;|,|\s[—–-]\s/g)) {
    const end = m.index + m[0].length;
    if (closes[end]) continue;
    out += piece(m.index) + m[0];
    start = end;
  }
  return out + piece(kept.length);
}
// (Not "pre-production", which is another environment.)
const PRODUCTION = /(?<!\bpre-)\b(?:production|prod|live)\b/;
/**
 * Localhost as the address a service binds to ("MongoDB only bound to localhost", "Redis listens on localhost"): a
 * promise about the deployment, read as 127.0.0.1 is, not another environment.
 */
const BOUND_TO_LOCALHOST = /\b((?:bound|binds?|binding|listen(?:s|ing)?|published|publish(?:es)?)(?: only)? (?:on|to)(?: the)?) localhost\b/g;
/**
 * A HEALTHCHECK instruction written out ("`HEALTHCHECK CMD wget -qO- http://localhost:3000/healthz || exit 1`"): every
 * HEALTHCHECK probes its container from inside, so the localhost it calls names no other environment.
 */
const HEALTHCHECK_INSTRUCTION = /\bhealthcheck (?:--[\w-]+(?:=\S+)? )*(?:cmd|curl|wget)\b.*$/;
/**
 * Machines other than the deployment, in the main clause, production or not: "Memory limits on the CI runners", "… on
 * the developer laptops' Docker Desktop" (a heading such as "Kubernetes" does not make them the cluster's).
 */
const OTHER_MACHINES_MAIN = /\b(?:ci runners?|(?:github actions|gitlab|self-hosted|build) runners?|build (?:agents?|machines?|servers?)|ci (?:agents?|machines?|workers?|servers?)|(?:developer|developers'|developer's|dev|engineer|engineers') (?:laptops?|machines?|workstations?)|laptops?|docker desktop)\b/;
/** Other environments and sites, in the main clause: "Debug mode off in CI", "the test environment", "the docs site", "review apps", "UAT". */
const OTHER_ENVIRONMENT_MAIN = /\b(?:(?:in|on) (?:the )?ci(?: (?:test )?runs?| preview builds?)?$|ci (?:test )?runs?|ci preview builds?|test env(?:ironment)?s?|(?:marketing|docs|documentation|blog) (?:site|website)s?|preview (?:deployments?|builds?)|uat|review apps?|per-pr env(?:ironment)?s?|ephemeral env(?:ironment)?s?)\b/;
/**
 * A parent item or heading that says its items are no launch promise ("Deferred to v2", "Questions for security", "Local
 * development"), a section number aside ("3. Later", "4) Post-launch", "5.2 Future work", "III. Later", "B) Optional").
 * The headings that withdraw or defer their items ("Not applicable", "Not relevant", "Not needed", "Dropped", "Won't fix",
 * "Deferred") in German, French, Spanish and Portuguese too ("Nicht relevant", "Entfällt", "Zurückgestellt", "Sans objet",
 * "Reporté", "No aplica", "Fuera de alcance", "Não se aplica", "Adiado"), as the English ones; the headings of retired work
 * ("Deprecated", "Obsolete", "No longer applicable", "Retired", "Archive", see RETIRED_HEADING); a heading that scopes its items
 * to another environment only ("Staging only", "Only on staging", "Staging (only)", "QA (not production)"), or to the developers' own ("Development", "Dev environment",
 * "Test environment", "Sandbox"). Not a heading that is only "Pending" (nor "Ausstehend", "En attente", "Pendiente",
 * "Pendente"): its items are the work still to do, which the gate checks. Nor one that merely names an environment a deploy
 * goes to ("# Staging", "## Staging environment", "## QA", "## UAT", "## Pre-production"): a per-environment checklist is judged
 * as any checklist, the run's target deciding what is judged, not the file's title.
 */
const ENVIRONMENT_NAMED = String.raw`(?:development|dev|test|testing|staging|sandbox|qa|uat|preview|pre-?prod(?:uction)?)(?: (?:environment|env|setup|cluster))?`;
/**
 * A remark after an environment's name, bracketed or after a dash, that scopes the section to it: "only", "staging only",
 * "not for production", "not prod", "non-prod" ("## Staging (only)", "## QA (not production)", "## Staging — not
 * production"). Not another remark ("## Staging (QA team)", "## Staging [OPS-1]"): the heading merely names the environment.
 */
const ENVIRONMENT_ONLY_REMARK = String.raw`(?:${ENVIRONMENT_NAMED} )?only|only (?:on |in |for )?(?:the )?${ENVIRONMENT_NAMED}|not (?:for |in |on )?(?:the )?(?:prod|production|live)(?: env(?:ironment)?| use)?|non-?prod(?:uction)?(?: only)?`;
const ANOTHER_ENVIRONMENT_ONLY = String.raw`${ENVIRONMENT_NAMED} only|only (?:on |in |for )?(?:the )?${ENVIRONMENT_NAMED}|${ENVIRONMENT_NAMED} ?(?:\(\s*(?:${ENVIRONMENT_ONLY_REMARK})\s*\)|\[\s*(?:${ENVIRONMENT_ONLY_REMARK})\s*\]|(?:[—–:]|- ) ?(?:${ENVIRONMENT_ONLY_REMARK}))|(?:development|dev|test|testing|sandbox) (?:environment|env|setup)|development|dev|sandbox`;
const NOT_A_PROMISE_CONTEXT = new RegExp(String.raw`(?<![\wà-ÿ])(?:zurückgestellt|zurueckgestellt|aufgeschoben|außerhalb des (?:umfangs|scopes)|reportée?s?|différée?s?|hors (?:du )?(?:périmètre|perimetre|scope)|aplazad[oa]s?|pospuest[oa]s?|fuera (?:del? )?alcance|adiad[oa]s?|fora do escopo)(?![\wà-ÿ])|\b(?:deferred|postponed|not blocking|no bloquea(?:nte)?|não bloqueia(?:nte)?|nicht blockierend|non bloquant(?:e)?|backlog|out of scope|wishlist|ideas|questions (?:for|to)(?![^/]*\b(?:answered|resolved|closed)\b)|open questions(?! left| answered| resolved| \(answered)|local development|local dev|not (?:a )?(?:launch[- ]|release[- ]|go-?live )?(?:gate|blocker))\b|(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)]|[a-h][.)])\s+)?(?:later|optional|future(?: work| improvements| ideas)?|follow[- ]?ups?|won'?t do|will not do|(?:open )?questions|to discuss|discussion|known (?:issues|limitations)|someday|stretch(?: goals?)?|parking lot|icebox|tbd|nice[- ]to[- ]haves?|post[- ]launch|not for launch|phase [2-9]|roadmap|next release|accepted risks?|risks? accepted(?: for (?:launch|now|this release|go-?live))?|post[- ]?mvp|won'?t fix|to-?do|not in (?:this|the (?:first|initial)) release|tech(?:nical)? debt|exceptions|unresolved|known gaps?|waiv(?:ers?|ed)(?: (?:items|controls|checks))?|(?:(?:approved|granted|active|open|current|signed|temporary|security|launch) )?waivers?|risk acceptances?|exempt(?:ions?|ed)(?: (?:items|controls|checks))?|not applicable|n\/a|not in scope|de-?scoped(?: items)?|wont ?fix|not doing|excluded(?: items)?|not (?:for|in) (?:v1|mvp|the mvp|launch|go-?live)|${ANOTHER_ENVIRONMENT_ONLY}|${RETIRED_HEADING}|später|spaeter|plus tard|más tarde|más adelante|mas adelante|mais tarde|mais adiante|post-lanzamiento|post lanzamiento|después del lanzamiento|pós-lançamento|pos-lancamento|pós lançamento|depois do lançamento|após o lançamento|nach dem launch|après le lancement|post-lancement|ausnahmen|excepciones|exceções|excecoes|not relevant|irrelevant|not (?:needed|required|necessary|planned)|dropped|cancell?ed|canceled|nicht anwendbar|nicht zutreffend|entf[aä]llt|entfaellt|nicht relevant|nicht (?:nötig|noetig|notwendig|erforderlich|geplant)|zurückgestellt|zurueckgestellt|aufgeschoben|verschoben|zukünftig|zukunft|gestrichen|verworfen|außerhalb des (?:umfangs|scopes)|nicht im (?:umfang|scope)|akzeptierte risiken|non applicable|sans objet|non pertinents?|pas pertinents?|non nécessaires?|pas nécessaires?|reportée?s?|différée?s?|optionnel(?:le)?s?|facultatifs?|hors (?:du )?(?:périmètre|perimetre|scope|champ)|abandonnée?s?|annulée?s?|risques acceptés|no aplica|no aplicable|no relevante|no necesarios?|innecesarios?|aplazad[oa]s?|pospuest[oa]s?|diferid[oa]s?|opcional(?:es)?|fuera (?:del? )?alcance|cancelad[oa]s?|descartad[oa]s?|riesgos aceptados|(?:não|nao) se aplica|(?:não|nao) aplicável|(?:não|nao) aplicavel|(?:não|nao) relevante|(?:não|nao) necessário|desnecessário|adiad[oa]s?|opcionais|fora do escopo|riscos aceitos)\s*[:.!?]*\s*(?:\((?![^)]*\b(?:now|done|fixed|resolved|answered|required|must|this release|in production|before launch)\b)[^)]*\))?\s*(?= \/|$)`);

/**
 * A heading (or parent item) over waived work that qualifies its noun: "Security exceptions", "Known exceptions",
 * "Approved exceptions", "Exceptions granted", "Temporary exemptions", "Exceptions for this release",
 * "Policy exceptions (signed by the CISO)", "Genehmigte Ausnahmen", "Exceptions de sécurité", "Excepciones aprobadas",
 * "Exceções aprovadas"; and "Not in scope for this release" / "… for v1" (NOT_A_PROMISE_CONTEXT takes the bare words). Not
 * a heading about the code's exceptions: "Exception handling", "Error handling and exceptions", "Unhandled exceptions".
 */
const WAIVER_QUALIFIER = String.raw`(?:known|approved|accepted|agreed|granted|documented|temporary|time-?boxed|security|policy|compliance|launch|release|go-?live|active|open|current|signed(?:[- ]off)?|standing|existing|outstanding|listed|authori[sz]ed|permitted|allowed|recorded|tracked|registered|risk|sanctioned)`;
const WAIVER_NOUN = String.raw`(?:exceptions?|exemptions?|waivers?)`;
const WAIVER_STATE = String.raw`(?:granted|approved|accepted|agreed|authori[sz]ed|signed(?: off)?|in (?:effect|force|place)|on file|register|list)`;
const WAIVER_RELEASE = String.raw`(?:(?:this|the|our|next|first|initial|upcoming) )*(?:release|launch|go-?live|cutover|mvp|pilot|beta|v\d[\w.]*|version \d[\w.]*|now|sprint|quarter|q[1-4](?: \d{4})?|20\d\d|phase \d)`;
const WAIVER_FOR = String.raw`(?: (?:for|until|in|through) ${WAIVER_RELEASE}| to (?:the |our |this )?(?:[\w-]+ )?(?:policy|policies|standards?|baseline|checklist|rules?|requirements?|controls?))`;
const WAIVED_HEADING = new RegExp(String.raw`(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)]|[a-h][.)])\s+)?(?:(?:(?:${WAIVER_QUALIFIER}(?:,? (?:and |& |or )?|-))+${WAIVER_NOUN}(?: ${WAIVER_STATE})?|${WAIVER_NOUN} ${WAIVER_STATE})${WAIVER_FOR}?|${WAIVER_NOUN}${WAIVER_FOR}|not in scope (?:for|in|of) [\w.-]+(?: [\w.-]+){0,4}|(?:genehmigte|bekannte|akzeptierte|befristete|temporäre|dokumentierte|erteilte) ausnahmen|sicherheitsausnahmen|exceptions (?:approuvées|accordées|connues|acceptées|documentées|temporaires|de sécurité)|excepciones (?:aprobadas|concedidas|conocidas|aceptadas|documentadas|temporales|de seguridad)|exce(?:ções|coes) (?:aprovadas|concedidas|conhecidas|aceitas|documentadas|temporárias|temporarias|de segurança|de seguranca))\s*[:.!?]*\s*(?:\([^)]*\))?\s*(?= \/|$)`);

/**
 * A main clause that names a topic and states nothing of it: "HSTS", "❌ HSTS", "Security headers" (at most three words, no
 * state, negation, verb or participle: not "HSTS aktiviert").
 */
const BARE_TOPIC = /^[^\p{L}\p{N}]*(?!.*(?<![\p{L}\p{N}_])(?:disabled|enabled|off|on|only|pinned|set|returns?|answers?|under|below|blocked|valid|trusted|secure|present|configured|enforced|redirects?|no|not|never|without|nor|is|are|be|run|runs|use|uses|has|have|yes|ok|done|aktiv|actif|active|activo|ativo|an|aus|ja|oui|sí|sim|\p{L}+(?:ed|iert|é|ée|és|ées|ad[oa]s?|id[oa]s?))(?![\p{L}\p{N}_])|.*n't\b)[\w./-]+(?: [\w./-]+){0,2}$/u;
/**
 * `text` with the aside of a bare topic read as its state: "❌ HSTS (not enabled, see SEC-88)" reads "❌ HSTS not enabled, see
 * SEC-88", "HSTS (n/a for the internal API)" "HSTS n/a for the internal API" (the only statement about the topic is
 * there); other texts as they are.
 */
function asideAsState(text: string): string {
  return asideOfBareTopic(text)?.text ?? text;
}
/** `text` read as asideAsState has it, and where the aside starts in that reading; undefined when it is read as it is. */
function asideOfBareTopic(text: string): { text: string; at: number } | undefined {
  const m = /^([^(;]*?)\s*\(([^()]*)\)(.*)$/.exec(text);
  return m && BARE_TOPIC.test(m[1]!) ? { text: `${m[1]} ${m[2]}${m[3]}`, at: m[1]!.length + 1 } : undefined;
}

/** An aside about verifying ("(yet to verify on staging)"): its deferral or environment withdraws nothing. */
const VERIFICATION_ASIDE = /\([^)]*\b(?:verif\w*|check(?:ed)?|test(?:ed)?)\b[^)]*\)/g;

/** Words that state a topic's state in a question or a label: "Debug mode? off", "Image tags pinned?". */
const TOPIC_STATE_WORDS = 'disabled|enabled|off|on|only|pinned|set|returns?|answers?|responds?|repl(?:y|ies)|(?:is|are) up|under|below|blocked|valid|trusted|secure|present|configured|enforced|redirects?|'
  // The same states in German, Spanish and Portuguese, as the vocabulary reads them ("Debug-Modus deaktiviert?", "¿Modo debug
  // desactivado?"; French "désactivé" ends in a letter `\w` does not hold, so no bare topic reads it).
  + 'deaktiviert|aktiviert|abgeschaltet|ausgeschaltet|konfiguriert|gesetzt|(?:des)?activad[oa]s?|(?:des|in)?habilitad[oa]s?|(?:des)?ativad[oa]s?|desabilitad[oa]s?|configurad[oa]s?';
/**
 * A note after a bare topic's `?` that answers it: yes, done, ok, a tick mark (✅ ✔ ✓ ☑), "in place", yes in German, French,
 * Spanish, Portuguese or Italian, GitHub's shortcode for a tick (`:white_check_mark:`), or a URL path ("Health endpoint?
 * /healthz", "Health endpoint? GET /healthz", "… at /healthz"). Not "no", "not yet", "ask Bob", nor an unfilled template ("y/n", "Y / N",
 * a bare "/").
 */
const ANSWERED = String.raw`(?:(?:yes|yep|yeah|yup|done|ok|okay|true|confirmed|in place|ja|oui|sí|sì|sim|fait|erledigt|hecho|listo|feito|pronto|fatto)(?![\wà-ÿ])|y(?=\s*$))(?!\s*\/\s*(?:n|no|nein|non|não|nao)(?![\wà-ÿ]))|[✅✔✓☑]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):|(?:(?:get|head|at) )?\/[\w\-.~%][\w\-./~%]*(?![\w\-./~%])`;
/**
 * What may stand between a bare topic's `?` and its answer: spaces and a dash, colon, arrow or opening bracket ("HSTS? —
 * yes", "HSTS? -> yes", "HSTS?: yes", "HSTS? (yes, 1 year)", "HSTS? → done").
 */
const ANSWER_LEAD = String.raw`[\s—–:=>→(\[-]*`;
/**
 * A note after a bare topic's colon or dash that leaves it open: someone to ask, a team to check with, something to check,
 * confirm or clarify, "unknown", "not sure", "?" ("HSTS: ask Bob", "HSTS — check with infra", "CSP: to be confirmed"; not a
 * tool to check with: "Secrets: check with gitleaks" says how).
 */
const OPEN_NOTE = String.raw`(?:ask|(?:check|confirm|verify|clarify)(?:ing)? with (?:the |our |a )?(?:[\w-]+ ){0,3}(?:team|infra|infrastructure|ops|devops|sre|security|secops|platform|dba|network|networking|vendor|provider|owners?|lead|manager|admins?|folks|people|cto|ciso)|need(?:s)? to (?:check|confirm|verify|ask|clarify|decide|find out)|to (?:be )?(?:check|confirm|verif|clarif|decid|discuss)\w*|tbc|unknown|unclear|not sure|unsure|no idea)(?![\wà-ÿ])|\?`;

/**
 * An open question: an item ending in `?` that asks what to do rather than to verify a state — a bare
 * topic ("HSTS?", "security headers?"), an action ("Enable HSTS?"), the future or a plan ("Will HSTS be
 * enabled before…?", "Can we…?", "Are we enabling…?", "Is it OK to…?", "…planned…?") — or that asks
 * whether ("Ask infra whether HSTS is on"; not "Verify whether debug mode is off"). "Is debug mode off in
 * production?", "TLS 1.0/1.1 disabled?", "/health returns 200?" ask to verify a state: they bind. A bare topic's question
 * followed by a note that states nothing of it ("HSTS? ask Bob", "HSTS? — check with the CDN team") is still open; one
 * whose note answers it (see ANSWERED: "HSTS? yes", "HSTS? done", "CSP? ✅", "Health endpoint? /healthz") is not, as "Debug
 * mode? off" is not; a note that ends in "?" leaves it open ("HSTS? ask Bob?", "HSTS? ok?"). A bare topic with a note after a colon or a dash that leaves it open ("HSTS: ask Bob", "HSTS — check
 * with infra", see OPEN_NOTE) is open as its "?" form is; other notes state it ("HSTS: max-age 1 year", "Health endpoint:
 * /healthz"). An inquiry is open too: "Audit which subdomains lack HSTS", "Review which services lack health checks", "Find
 * what listens on 5432" (not "Check what is enabled": the state it names is read).
 */
const OPEN_QUESTION = new RegExp(String.raw`^[¿¡]?(?:(?![^?]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*|(?:enable|add|use|disable|turn on|turn off|set up|configure|implement|introduce|require|move|switch|migrate)\b[^?]*|(?:can|could|will|would|shall|should) [^?]*|(?:is|are) (?:we|it (?:ok|okay|fine|possible|worth))\b[^?]*|[^?]*\b(?:planned|planning|considered|worth it)\b[^?]*)\?\s*$|^(?:ask|investigate|find out|figure out|look into|explore)\b|^(?:audit|review|check|find|list|identify|inventory|survey|determine)(?: (?:for|out|to see))? (?:which|what)\b(?! (?:is|are) (?:enabled|disabled|set|configured|on|off|in place|required)\b)|(?<!\b(?:check|verify|confirm|test|ensure|validate))\s+whether\b|^[¿¡]?(?![^;]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*\?(?!${ANSWER_LEAD}(?:${ANSWERED}))\s*[^\s?][^?;]*$|^[¿¡]?(?![^;]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*\?[^;]*\?\s*$|^[¿¡]?(?![^;:—–]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*(?::|\s[—–-])\s*(?:${OPEN_NOTE})`);

/** "Not applicable" in English, Spanish, French, Portuguese, German, Dutch and Italian ("n/a", "no aplica", "sans objet", "entfällt"). */
const NOT_APPLICABLE = String.raw`n\/a|n\.a\.|not applicable|no (?:se )?aplica|no corresponde|no aplicable|sans objet|non applicable|ne s'applique pas|(?:não|nao) se aplica|(?:não|nao) (?:é )?aplic[aá]vel|entf[aä]llt|entfaellt|nicht zutreffend|nicht anwendbar|trifft nicht zu|not relevant|irrelevant|nicht relevant|no relevante|non pertinente?|pas pertinente?|(?:não|nao) relevante|n\.v\.t\.?|niet van toepassing|non si applica|non applicabile|non pertinente|${abroad('notApplicable')}`;
/**
 * An item declared not applicable: "not applicable" (in any of those languages) after a label or a dash, or opening an
 * aside, and ending there or before its reason ("Restart policy: not applicable (cron)", "Política de reinicio: no aplica",
 * "No exposed databases (n/a, managed RDS)", "Only our own domains — not applicable, public API"), or an aside that answers
 * no ("Only our own domains (public API, so no)"). Not one that names what it does not apply to ("Debug mode off (n/a for
 * the worker)") nor one about another part ("Containers run as non-root (the sidecar is N/A)", "Containers run as non-root; sidecar: n/a",
 * "Image tags pinned (v1.2: n/a)"): the label or dash must follow the item's topic alone, the aside must open with it. The topic
 * may hold a bracketed aside of its own ("Enable HSTS (Strict-Transport-Security) — no aplica"): it says what the topic is.
 */
const DECLARED_NOT_APPLICABLE = new RegExp(String.raw`(?:^(?:(?:[^:;(—–]|\([^():;]*\))*(?::|\s[—–-]))?|\()\s*(?:${NOT_APPLICABLE})(?=\s*(?:$|[),;:.!(—–-]))|\((?:[^()]*\b(?:so|thus|hence|therefore),? )?(?:no|nope)\)`);

/**
 * An aside that says how the promise is verified or enforced, bracketed or after a dash ("(run gitleaks locally)", "(scan
 * locally with gitleaks before pushing)", "(pre-commit hook runs locally)", "— tested locally with `docker stats`"): the
 * environment it names is where the check runs, not the scope of the promise ("HSTS enabled (staging only)" is).
 */
const METHOD_ASIDE = /\([^)]*\b(?:verif\w*|check(?:ed|s)?|test(?:ed|s)?|scan(?:ned|s)?|detect\w*|pre-commit|hooks?|gitleaks|trufflehog|detect-secrets|lint\w*)\b[^)]*\)|\s[—–-]\s(?:[^;()—–]*\s)?(?:verif\w*|check(?:ed)?|test(?:ed)?|scan(?:ned)?)\b[^;()—–]*/g;
/** A piece of such an aside (split at commas) that says how: only that piece goes, not a scope beside it. */
const METHOD_PIECE = /\b(?:verif\w*|check(?:ed|s)?|test(?:ed|s)?|scan(?:ned|s)?|detect\w*|pre-commit|hooks?|gitleaks|trufflehog|detect-secrets|lint\w*)\b/;

/**
 * Removes the method of each METHOD_ASIDE, keeping what stands beside it in the aside: "(staging only, hooks pending)" keeps
 * "staging only", "— on staging only, checked with curl" keeps "on staging only", so the scope still reads.
 */
function withoutMethod(text: string): string {
  return text.replace(METHOD_ASIDE, (m) => {
    const bracket = m.startsWith('(');
    const body = bracket ? m.slice(1, -1) : m.replace(/^\s[—–-]\s/, '');
    const kept = body.split(/[,;]/).filter((piece) => !METHOD_PIECE.test(piece)).map((piece) => piece.trim()).filter(Boolean);
    if (kept.length === 0) return ' ';
    return bracket ? ` (${kept.join(', ')}) ` : ` — ${kept.join(', ')}`;
  });
}

/**
 * A purpose clause ("… so that a rebuild next month produces the same artefact", "… in order to …"): it says why the
 * promise matters, so a time it names ("next month") defers nothing. Read to the end of its clause (`;`).
 */
const PURPOSE_CLAUSE = /\b(?:so that|in order (?:to|that))\b[^;]*/g;
/** "next month too", "next month as well": the promise holds then also, it is not put off. */
const ALSO_THEN = /\b(next (?:sprint|quarter|release|month|year|version)) (?:too|as well|also)\b/g;

/**
 * `text` with the clauses after its main one blanked that defer a topic of their own ("TLS 1.2+ enforced; HSTS next
 * sprint"): their deferral is theirs (see DEFERRED_CLAUSE), not the item's. A clause that defers and names no check's
 * topic ("Memory limits, next sprint", "HSTS enabled; rollout next sprint") may speak of the main clause: it is kept.
 */
function withoutDeferredClauses(text: string): string {
  let out = text;
  for (const [start, end] of laterClauses(text)) {
    const clause = text.slice(start, end).replace(/\([^)]*\)/g, ' ').trim();
    if (defersClause(clause) && rules().some(([, list]) => list.some((r) => r.pattern.test(clause)))) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * Whether the item (`text`, as the rules read it) defers, waives or withdraws itself, or says it does not apply: a deferral
 * anywhere in it ("HSTS later, after the migration", "— waived for launch (SEC-1234)", "won't fix", "not needed"), one in its
 * main clause ("Enable HSTS after go-live", "N/A"), an aside or a status that is its state ("— pending", "(WIP)", "—
 * cancelled", "— dropped", "— blocked by the CDN"), or "not applicable" after its topic ("— no aplica", "(n/a, managed RDS)").
 * Such an item promises nothing now (and, read as parentDefers reads it, neither do its sub-items).
 */
function defersItself(said: string, plainSaid = withoutDeferredClauses(said.replace(VERIFICATION_ASIDE, ' '))): boolean {
  // A ticket, PR or owner before or beside a status is a remark ("— [OPS-1] pending" is "— pending").
  const text = withoutReferences(said);
  const plain = withoutReferences(plainSaid);
  const deferral = plain.replace(PURPOSE_CLAUSE, ' ').replace(ALSO_THEN, ' ');
  if (DEFERRED_ANYWHERE.test(deferral) || DEFERRED_ABROAD.test(deferral)) return true;
  if (DECLARED_NOT_APPLICABLE.test(text) || STATUS_ABROAD.test(text)) return true;
  const main = mainClause(text);
  return DEFERRED_MAIN.test(main) || DEFERRED_MAIN.test(mainClause(asideAsState(text))) || TRACKED_IN_TICKET.test(main) || TRACKED_STATUS.test(said) || DEFERRING_ASIDE.test(text) || defersByStatus(text) || droppedWithdraws(text) || retiredWithdraws(text) || (BLOCKED_STATUS.test(text) && (!BLOCKED_IS_THE_PROMISE.test(text) || BLOCKED_ON_REFERENCE.test(said))) || DEFERRED_END.test(main.trim()) || DEFERRED_START.test(text);
}

/**
 * Whether a parent item (`text`, as the rules read it) defers, waives or withdraws itself, so its sub-items with it (see
 * bindChecklist): read without its bracketed asides ("Security headers — waived for launch (SEC-1234)", "HSTS — not applicable
 * (internal tool)"), or with an aside that opens with its state ("TLS hardening (pending SEC-88)", "Security headers (n/a,
 * internal API)"). An aside that remarks on another topic defers that topic, not the parent's sub-items ("Security (CSP not
 * needed for internal APIs)", "Безопасность (для внутренних API CSP не нужен)"), as in a heading.
 */
function parentDefers(said: string): boolean {
  const text = withoutReferences(said);
  if (defersItself(text.replace(/\([^()]*\)/g, ' ').replace(/ {2,}/g, ' ').trim())) return true;
  return [...text.matchAll(/\(([^()]*)\)/g)].some(([aside]) => defersByStatus(aside, text) || TRACKED_STATUS.test(aside) || NOT_NEEDED_STATUS.test(aside) || DECLARED_NOT_APPLICABLE.test(aside) || DEFERRING_ASIDE.test(aside) || STATUS_ABROAD.test(aside) || droppedWithdraws(aside) || retiredWithdraws(aside) || (BLOCKED_STATUS.test(aside) && (!BLOCKED_IS_THE_PROMISE.test(text) || BLOCKED_ON_REFERENCE.test(said))));
}

/**
 * Whether the title of a box the item is in (see BindingHint.containers) defers, waives or withdraws its items, read as a
 * heading over them is ("Later", "Not in scope for this release", "Post-launch", "Waivers").
 */
function containerDefers(title: string): boolean {
  const where = matchText(title);
  return where !== '' && (NOT_A_PROMISE_CONTEXT.test(where) || WAIVED_HEADING.test(where) || CONTEXT_ABROAD.test(where) || CONTEXT_ANYWHERE_ABROAD.test(where));
}

function isNoPromise(text: string, where: string, raw: string): boolean {
  const plain = withoutDeferredClauses(text.replace(VERIFICATION_ASIDE, ' '));
  if (defersItself(text, plain)) return true;
  if (NOT_A_PROMISE.some((re) => re !== DEFERRED_ANYWHERE && re.test(plain))) return true;
  if (OPEN_QUESTION.test(text) || FOREIGN_QUESTION.test(text)) return true;
  const main = mainClause(text);
  if (ABOUT_SOMETHING_ELSE.some((re) => re.test(main) && (re !== OVERSIGHT || !reviewOfStatedState(text)))) return true;
  // Read with its URLs (`http://localhost`), which the rules see as their scheme only.
  const said = withoutMethod(raw).replace(BOUND_TO_LOCALHOST, '$1 127.0.0.1').replace(HEALTHCHECK_INSTRUCTION, (m) => m.replace(/\blocalhost\b/g, '127.0.0.1'));
  if (OTHER_ENVIRONMENT.test(said) && OTHER_ENVIRONMENT.test(withoutEnvironmentRemarks(said)) && !PRODUCTION.test(said)) return true;
  const saidMain = mainClause(said);
  if (OTHER_ENVIRONMENT_MAIN.test(saidMain) && !PRODUCTION.test(saidMain)) return true;
  if (OTHER_MACHINES_MAIN.test(saidMain) || TRAINING.test(said.replace(/\([^)]*\)/g, ' '))) return true;
  return NOT_A_PROMISE_CONTEXT.test(where) || WAIVED_HEADING.test(where) || CONTEXT_ABROAD.test(where) || CONTEXT_ANYWHERE_ABROAD.test(where);
}

/**
 * Teaching the topic, anywhere but in a bracketed aside: "Security headers — training for the frontend team", "Security
 * headers workshop for the frontend team" (not a model's training: "… on the ML training cluster").
 */
const TRAINING = /(?<!\b(?:model|ml|ai|llm|gpu) )\b(?:trainings?|workshops?|lunch[- ]and[- ]learns?|brown[- ]bag sessions?)\b/;

// Items about paperwork or plans promise a document or a decision, which no check verifies. So do ongoing watches, which
// promise that someone keeps an eye on the topic ("Monitor the HSTS preload list status monthly", "Track HSTS rollout in
// Jira", "Watch for root containers"), and tests to write ("Add a unit test for the HSTS middleware", "Write integration tests
// for CORS"): a check proves the deployment's state, not the task. (A review or an audit of a stated state is a verification
// step, as "Check" is: "Review Dockerfile security (non-root user)"; one that asks which or whether is an inquiry, see
// OPEN_QUESTION.)
const PAPERWORK = /^(?:document|plan|discuss|consider|evaluate|research|decide|explain|train|teach|announce|communicate|write (?:up|down|a|an|the|adrs?|rfcs?|docs?|documentation|runbooks?|guides?)|monitor|track|watch|(?:add|write|create|implement|extend|build|set up)(?: (?:an?|the|more|some|new|missing|our))?(?: [\w-]+){0,2} (?:tests?|test cases?|test coverage)(?![\w-]))\b/;
// A nested item that is nothing but a URL path ("/health/ready") under a health-endpoint item.
export const URL_PATH = /^\/[\w\-./~%]*$/;
/**
 * A URL path with only remarks about it: a method before it ("GET /ping"), and after it the status it answers ("→ 200"),
 * then tick marks (✅), tickets ("#123", "SRE-142", "[JIRA OPS-42]"), owners ("@ops"), bracketed remarks ("(owner: @ops)",
 * "(added in 2.3)") or a remark after a dash ("— SRE-142", "— returns JSON"). `[1]`: the path.
 * Each part has one way to match (the path ends where its characters do, but before a `->`; a ticket, an owner or a number
 * ends before a letter, a digit or a dash; a remark after a dash runs to the end), so a line that does not match fails in
 * steps linear in its length.
 */
export const PATH_WITH_REMARKS = /^(?:(?:get|head)\s+)?(\/(?:[\w./~%]|-(?!>))*)(?![\w./~%]|-(?!>))(?:\s*(?:(?:→|->|=>|:)\s*)?(?:2\d\d|2xx)(?:\s+ok)?(?![\w.]))?((?:\s*(?:\([^()]*\)|\[[^[\]]*\]|\s[—–-]\s[^]*|[—–]\s*[^]*|#\d+(?![\w-])|[a-z][a-z\d]*-\d+(?![\w-])|@[\w-]+(?![\w-])|[✅✔✓☑]\uFE0F?|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):))*)\s*$/i;
/**
 * A remark that takes the path back, as its state: it is off, gone, broken or not there yet. The state opens the remark (or
 * a clause of it): "/readyz (disabled)", "/readyz — not yet", "/readyz — isn't deployed", "/readyz (no)"; or the path answers
 * an error ("/readyz — ❌ 404", "— returns 503"; not a time: "— timeout 500 ms"). Ordinary remarks keep the path: "(no auth)",
 * "— not cached", "— off the main port (8081)", "— returns 200, not 204".
 */
const PATH_WITHDRAWN = /[❌✗✘⛔🚫🚧]|\b(?:404|5\d\d)\b(?!\s*(?:ms|s|sec|secs|seconds?|milliseconds?)\b)|(?:^|[([:,;—–]|\s-\s)\s*(?:disabled|removed|dropped|deprecated|missing|broken|fail(?:s|ing|ed)?|never|no longer|not yet|(?:not|isn't|is not|aren't|are not|doesn't|does not|won't|will not)(?: (?:be|been|yet|currently))* (?:there|live|implemented|available|deployed|working|work|done|ready|exposed|enabled|served|reachable|responding|respond|exist|exists|set up|in use|used|added|built)|planned|todo|to-?do|tbd|wip|pending|coming(?: soon)?|(?:not|no|off|down|none)(?=\s*(?:$|[),.;!\]])))\b|(?:^|[([:,;—–]|\s-\s)\s*(?:未実装|未対応|未実施|未完了|予定|計画中|未实现|未實現|未完成|计划中|計劃中|待实现|待定|미구현|미완료|예정|не (?:реализован[оаы]?|готов[оаы]?|сделан[оаы]?)|планируется|в планах|не (?:реалізован[оаі]?|зроблен[оаі]?)|заплановано|запланирован[оаы]?)/i;

/**
 * The URL path a nested item names when it is a bare path or a path with only remarks about it (see PATH_WITH_REMARKS:
 * "/healthz (owner: @ops)", "/readyz — SRE-142", "GET /ping", "/livez ✅"), as written (case kept); undefined for any
 * other item, and for one whose remarks take the path back or make it no promise ("/readyz (disabled)", "/readyz — later",
 * "/readyz (staging only)", "/readyz — 未対応"). A ticket or an owner after a path does not change what is probed.
 */
export function pathItem(title: string): string | undefined {
  const t = title.trim();
  if (URL_PATH.test(t)) return t;
  // A path with remarks is a short line: the remarks of a longer one say more than what is probed (and it is not read).
  if (t.length > MATCH_CHARS) return undefined;
  const m = PATH_WITH_REMARKS.exec(t);
  if (!m || !m[2]!.trim() && m[0].trim() === m[1]) return m?.[1];
  const text = matchText(t);
  if (PATH_WITHDRAWN.test(m[2]!) || isNoPromise(text, '', normalised(t)) || isNoPromise(asideAsState(text), '', normalised(t))) return undefined;
  return m[1];
}
// A URL in an item stands for its scheme word: its host and path are names, not words of the
// promise ("Enforce MFA for the admin console (https://admin.example.com)" says nothing of HTTPS).
const URL_IN_TEXT = /\b([a-z][a-z\d+.-]*):\/\/[^\s()<>"'`]*/g;

/**
 * The text phrase rules read: `normaliseTitle`, then typographic apostrophes ("don’t", "Let’s Encrypt"; which NFKC keeps) made
 * ASCII as a sign-off reads them (APOSTROPHE_LIKE), and URLs reduced to their scheme.
 */
function matchText(text: string): string {
  // Headings and parent items are read again for each item under them: their reading is kept (a bounded, pure cache).
  const hit = MATCH_TEXTS.get(text);
  if (hit !== undefined) return hit;
  const out = ruleText(normalised(text));
  if (text.length <= 1_000) {
    if (MATCH_TEXTS.size >= 512) MATCH_TEXTS.clear();
    MATCH_TEXTS.set(text, out);
  }
  return out;
}
const MATCH_TEXTS = new Map<string, string>();
// A promise is a sentence: the phrase rules read at most MATCH_CHARS of it (and of its context),
// which bounds their cost on a pathological 20,000-character item.
const normalised = (text: string) => normaliseTitle(text.slice(0, MATCH_CHARS * 4));
const ruleText = (norm: string) => norm.replace(APOSTROPHE_LIKE, "'").replace(URL_IN_TEXT, urlWords).replace(PATH_QUERY, '$1').slice(0, MATCH_CHARS);
/**
 * A URL's words: its scheme, and the path it names unless it is a reference ("(see https://…/health)"): a promise about
 * a page of the deployment ("https://shop.example.com/.env returns 404", "https://shop.example.com/healthz returns 200")
 * reads as the bare path does ("https /.env returns 404"). The host and the query stay out.
 */
function urlWords(url: string, scheme: string, at: number, text: string): string {
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return scheme;
  const path = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*(\/[^?#]*)/.exec(url)?.[1]?.replace(/[.,;:!]+$/, '');
  return path && path.length > 1 && URL_PATH.test(path) ? `${scheme} ${path}` : scheme;
}
/** Words before a URL that make it a reference to another page: "(see …", "cf. …", "runbook: …", "docs: …". */
const REFERENCE_BEFORE = /(?:\(|\bsee:?|\bcf\.?|\bruns?book:?|\bdocs?:?|\bdashboard:?)\s*$/i;
const MATCH_CHARS = 400;

/**
 * Words only Portuguese has among the languages the rules read (not Spanish, French, German or English): `ã`/`õ`
 * ("homologação", "não"), a word ending in "ço" ("serviço"), "cabeçalho", and "com", "em", "uma", "ao", "pelo",
 * "também", "ano", "mês", "é", "são", "qualquer", "origem", "continua", "ativado"… — as words, not the first label of a dotted name
 * (`com.acme.billing`, a Java package in an English item).
 */
const PORTUGUESE = /[ãõ]|ços?(?![\wà-ÿ])|çalho|(?<![\wà-ÿ.])(?:com|em|uma|uns|umas|ao|aos|pelo|pela|pelos|pelas|também|ano|anos|mês|é|são|qualquer|quaisquer|origem|origens|(?<!ción )continuam?|ativ[oa]s?|ativad[oa]s?|desativad[oa]s?)(?![\wà-ÿ]|[./][\w*])/;
/**
 * In a Portuguese item "no" is "em" + "o", "in the" ("HSTS ativado no Nginx", "No ambiente de homologação usamos a tag
 * `:latest`", "max-age de no mínimo 1 ano"), never the English or Spanish negation (Portuguese says "não", "sem", "nenhum"):
 * the rules read it as "em". An item with no Portuguese word keeps its "no" ("No `:latest` tags", "No usamos HSTS").
 */
function portugueseInThe(text: string): string {
  return PORTUGUESE.test(text) ? text.replace(/(?<![\wà-ÿ])no(?![\wà-ÿ'-])/g, 'em') : text;
}

// "Ensure", "Verify (that)", "Make sure", "We", "Always" only introduce the promise that follows: the rules
// read the rest, so "Ensure the site is HTTPS-only" reads as "the site is https-only" (a rule anchored at
// the start knows that one) and "We plan to…" as the plan it is. At most three ("We always make sure…").
const PREAMBLE = /^(?:(?:ensure|verify|make sure|confirm)(?: that)?|we|always) (?=\S)/;
function withoutPreamble(text: string): string {
  let t = text;
  for (let i = 0; i < 3 && PREAMBLE.test(t); i++) t = t.replace(PREAMBLE, '');
  return t;
}

/**
 * The paths an item states are alternatives ("`/health` or `/api/health` responds with 200", "Either /healthz or
 * /health returns 200", "`/health` / `/healthz` answers"): every word between two stated paths is "or" or a
 * separator (`,` `/` `|`), at least one of them "or", "/" or "|" (or the item says "either"), and none "and".
 */
function alternatives(title: string): boolean {
  const at = [...title.matchAll(STATED_PATH)].filter((m) => m[1]!.length > 1);
  if (at.length < 2) return false;
  const between = at.slice(1).map((m, i) => title.slice(at[i]!.index + at[i]![0].length, m.index + m[0].indexOf(m[1]!)));
  if (!between.every((b) => /^[\s`'"),(]*(?:(?:,\s*)?(?:or|\/|\|)|,)?[\s`'"(]*$/i.test(b))) return false;
  return /\beither\b/i.test(title) || between.some((b) => /\bor\b|[/|]/i.test(b));
}

/**
 * The URL paths an item names, as written (case kept): `/health` as a word, or the path of a URL it names
 * ("https://app.example.com/healthz returns 200": the probes ask the target's origin), each with its query if it has one
 * ("Response time under 200 ms for `/search?q=shoes`" times that search, not `/search` nor `/`), at most 10.
 */
function statedPaths(title: string): string[] {
  const stated = [...title.matchAll(STATED_PATH)].map((m) => m[1]!.replace(/[.,;:]+$/, ''));
  for (const m of title.matchAll(/\bhttps?:\/\/[^\s()<>"'`]+/gi)) {
    // A reference ("(see https://status.example.com/health)", "runbook: https://…") names another page.
    if (REFERENCE_BEFORE.test(title.slice(Math.max(0, m.index - 12), m.index))) continue;
    try {
      const url = new URL(m[0].replace(/[.,;:!?]+$/, ''));
      stated.push(decodeURI(url.pathname) + (url.search.length > 1 ? url.search : ''));
    } catch { /* not a URL */ }
  }
  return [...new Set(stated.filter((p) => p.length > 1 && URL_PATH.test(p.split('?')[0]!) && !p.startsWith('//')))].slice(0, 10);
}

/** Words naming a banner other than X-Powered-By: the Server header, a web server, the ASP.NET or generator headers, banners in general. */
const OTHER_BANNER = /\b(?:server|server_tokens|nginx|apache|iis|banners?|x-aspnet(?:mvc)?-version|x-generator|x-jenkins|all headers|any headers|response headers)\b/;

const DAY = 86_400;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// An amount: digits (thousands separated by commas or not) or a number word ("one year", "a year").
const AMOUNT = `(\\d{1,3}(?:,\\d{3})+|\\d{1,10}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = 'seconds?|secs?|s|days?|weeks?|months?|years?|yrs?';
/**
 * Seconds in a stated amount and unit; digits without a unit are seconds, a number word needs a unit. Twelve
 * months are a year (365 days: "12 months" and "1 year" promise the same max-age), other months 30 days
 * ("6 months" is the hsts probe's own 15552000).
 */
function duration(amount: string, unit: string | undefined): number | undefined {
  const n = NUMBER_WORDS[amount] ?? Number(amount.replace(/,/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0 || (!unit && amount in NUMBER_WORDS)) return undefined;
  const u = unit ?? 's';
  if (/^(?:s|sec)/.test(u)) return n;
  if (u.startsWith('d')) return n * DAY;
  if (u.startsWith('w')) return n * 7 * DAY;
  if (u.startsWith('m')) return n % 12 === 0 ? (n / 12) * 365 * DAY : n * 30 * DAY;
  return n * 365 * DAY;
}

// Whole days left on a certificate: "at least 60 days", "more than 2 weeks", "expires in more than 45 days", "expiry > 1
// month", "not expiring within 60 days", "does not expire in (or within) the next 45 days", "valid for 2+ weeks" (first that
// matches; "valid for 90 days" is a lifetime, which a 90-day certificate never has left, and so is "90+ days": N+ is a
// minimum of days left only below 90 days, the shortest lifetime of a public certificate that people state).
// The probe passes when the whole days left are ≥ min-days, that is when more than min-days days are left:
// "more than N" is min-days N as much as "at least N" is.
const CERT_DAYS = [
  new RegExp(`(?:\\b(?:at least|more than|over|longer than|no less than|minimum(?: of)?)|≥|>=|>) ?${AMOUNT} ?-?(days?|weeks?|months?)\\b`),
  new RegExp(`(?:\\bnot|\\bnever|n't|\\bwon't) (?:be )?expir\\w* (?:within(?: the (?:next|coming))?|in(?: the (?:next|coming)| less than| under)?) ?${AMOUNT} ?-?(days?|weeks?|months?)\\b`),
  new RegExp(`(?<![\\d.,])(\\d{1,4})\\+ ?-?(days?|weeks?|months?)\\b`),
];
/** An "N+" horizon ("valid for 2+ weeks") is days left below this many days; from there on, a lifetime ("90+ days"). */
const CERT_PLUS_DAYS_BELOW = 90;
// The max-age an HSTS item states (first that matches), kept even below the probe's default: "max-age 300
// for now" is the promise. Django's SECURE_HSTS_SECONDS; "max-age at least 31536000", "max-age ≥ 1 year",
// "max-age of 63072000 seconds", "max-age at least 12 months"; "a one-year max-age"; "HSTS for at least 365 days".
const HSTS_MAX_AGE = [
  new RegExp(`\\bsecure_hsts_seconds ?(?:(?:=|:|≥|>=|is|set to|to|of|at least|must be|no less than|minimum) ?){0,4}${AMOUNT}(?: ?-?(${UNIT}))?\\b`),
  // (The ingress-nginx annotation quotes its value: `nginx.ingress.kubernetes.io/hsts-max-age: "31536000"`.)
  new RegExp(`\\bmax-age ?(?:(?:=|:|≥|>=|is|of|at least|set to|must be|no less than|minimum|with|temporarily|(?:reduced|lowered|raised|increased|decreased|dropped|bumped|changed) to) ?){0,4}["']?${AMOUNT}(?: ?-?(${UNIT}))?\\b`),
  new RegExp(`\\b${AMOUNT} ?-?(${UNIT}) max-age\\b`),
  new RegExp(`\\bhsts\\b[^;]*?(?:\\b(?:at least|no less than|minimum(?: of)?)|≥|>=) ?${AMOUNT} ?-?(${UNIT})\\b`),
];

/**
 * HttpOnly and SameSite as a framework's option or setting names them, with a space, a hyphen, an underscore or nothing
 * between the words: `HttpOnly`, `http-only` (Spring), `http_only` (Laravel), `httponly:` (Rails), `same_site: :lax` (Rails),
 * `sameSite` (Express), `SESSION_COOKIE_SAMESITE` (Django), `cookies_same_site_protection` (Rails).
 */
const COOKIE_HTTPONLY_NAMED = /(?<![a-z\d])(?:[a-z\d]+_)*http[ _-]?only(?![a-z\d])/;
const COOKIE_SAMESITE_NAMED = /(?<![a-z\d])(?:[a-z\d]+_)*same[ _-]?site(?![a-z\d])/;

/** A cookie attribute's name, as cookieAttributes reads them. */
const COOKIE_ATTRIBUTE_NAMED = new RegExp(`\\bsecure\\b|${COOKIE_HTTPONLY_NAMED.source}|${COOKIE_SAMESITE_NAMED.source}`, 'i');
/** A clause that puts its attribute off or refuses it: "Secure later", "no SameSite (legacy SSO)", "Secure not possible on the legacy app". */
const ATTRIBUTE_PUT_OFF = new RegExp(`\\b(?:no|not|never|without)\\b|n't\\b|${COOKIE_IMPOSSIBLE.source}`, 'i');
/**
 * `text` without its clauses after the main one that put an attribute off ("HttpOnly on session cookies; Secure later",
 * "Secure, HttpOnly, no SameSite"): the item does not promise that attribute, so it is not judged.
 */
function withoutAttributesPutOff(text: string): string {
  let out = text;
  for (const [start, end] of laterClauses(text)) {
    const clause = text.slice(start, end).replace(/\([^)]*\)/g, ' ').trim();
    if (COOKIE_ATTRIBUTE_NAMED.test(clause) && (defersClause(clause.toLowerCase()) || ATTRIBUTE_PUT_OFF.test(clause))) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * The cookie attributes an item names (secure, httponly, samesite). "Secure" is the attribute when the item says
 * so ("Secure flag", "marked Secure", a setting's name: `SESSION_COOKIE_SECURE`, Symfony's `cookie_secure`, beside HttpOnly or SameSite) or capitalises it after "is"/"are" ("Session
 * cookies are Secure"); "Session cookie is secure" in lower case may mean safe, which is every attribute.
 */
function cookieAttributes(said: string, saidTitle: string): string[] {
  const text = withoutAttributesPutOff(said);
  const title = withoutAttributesPutOff(saidTitle);
  const httponly = COOKIE_HTTPONLY_NAMED.test(text);
  const samesite = COOKIE_SAMESITE_NAMED.test(text);
  const secure = /\bsecure\b[^;]*\b(?:flags?|attributes?)\b|\b(?:marked|flagged|set with|with the|have|has|carry|carries|use|uses|get|gets) (?:the )?secure\b|(?:\b|_)cookie_secure\b|\bsecure ?[:=] ?true\b/.test(text)
    || ((httponly || samesite) && /\bsecure\b/.test(text))
    || /\b(?:are|is|be) (?:always |all )?Secure\b/.test(title);
  return [...(secure ? ['secure'] : []), ...(httponly ? ['httponly'] : []), ...(samesite ? ['samesite'] : [])];
}

/** The default ports of database-port-exposed that an item states as numbers ("does not publish 5432"). */
function databasePortsStated(text: string): { ports: number[] } | undefined {
  const defaults = new Set<number>((catalogue().get('database-port-exposed')?.options.parse({}) as { ports: number[] }).ports);
  const ports = [...new Set([...text.matchAll(/(?<![\w.:])(\d{4,5})(?!\w|\.\w)/g)].map((m) => Number(m[1])))].filter((p) => defaults.has(p));
  return ports.length ? { ports } : undefined;
}

type SecurityHeader = (typeof SECURITY_HEADERS)[number];
/** "X-Frame-Options: DENY or CSP frame-ancestors": the CSP directive is framing protection, not the whole CSP. */
const framing = (t: string) => t.replace(/\b(?:content[- ]security[- ]policy|csp)(?: header)?(?:'s)?:? ?frame-ancestors\b/g, 'frame-ancestors');
/** The headers `text` leaves out (see HEADER_LEFT_OUT). */
const headersLeftOut = (text: string) => SECURITY_HEADERS.filter((h) => HEADER_LEFT_OUT[h].test(framing(text)));
/** `text` without the phrases that leave a header out ("CSP disabled", "no CSP"): what it says of the headers as a whole. */
const withoutHeadersLeftOut = (text: string) => SECURITY_HEADERS.reduce((t, h) => t.replace(new RegExp(HEADER_LEFT_OUT[h].source, 'g'), ' '), framing(text)).replace(/\(\s*\)/g, ' ');
/** Words before a header that leave it out: "except CSP", "without CSP", "no CSP", "CSP aside". */
const HEADER_LEFT_OUT_BEFORE = String.raw`(?:except(?: for)?|excluding|apart from|other than|but not|not|no|without|minus|sans|ohne|au(?:ß|ss)er|sauf|excepto|salvo|exceto|kein(?:e|en)?|pas de|sin|sem) (?:the |a |an |any )?`;
/**
 * A state after a header that leaves it out, right after it (a colon, "header", "is", "still", "for now" between): off,
 * disabled, deferred, pending, relaxed ("CSP still off", "CSP pending", "CSP: later", "CSP relaxed for now", "CSP is not yet
 * enforced"). Not a state of something the header names ("CSP without unsafe-inline", "Clickjacking blocked").
 */
const HEADER_LEFT_OUT_AFTER = String.raw`(?: ?:| headers?| is| are| still| currently| temporarily| for now| stays?| remains?| kept| left)* (?:off|disabled|removed|dropped|omitted|skipped|excluded|missing|relaxed|loosened|weakened|pending|later|deferred|postponed|on hold|wip|in progress|to-?do|tbd|n\/a|not (?:yet|set|enabled|configured|in place|sent|enforced)|out of scope|(?:(?:is|are) )?(?:optional|waived))(?![\w-])`;
/**
 * A header's name that modifies another noun ("No CSP nonce needed", "not CSP-report-only"): that thing is refused, not
 * the header.
 */
const HEADER_AS_MODIFIER = String.raw`(?![- ]?(?:report[- ]only|nonces?|hash(?:es)?|directives?|violations?|reports?|reporting|sources?|allow-?lists?|exceptions?|errors?|warnings?)\b)`;
const HEADER_LEFT_OUT: Readonly<Record<SecurityHeader, RegExp>> = Object.fromEntries(SECURITY_HEADERS.map((h) => [h, new RegExp(`${HEADER_LEFT_OUT_BEFORE}(?:${HEADER_NAMED[h].source})${HEADER_AS_MODIFIER}|(?:${HEADER_NAMED[h].source})${HEADER_LEFT_OUT_AFTER}`)])) as Record<SecurityHeader, RegExp>;

/**
 * The headers a security-headers item promises: undefined for all four, else those it names (fewer than all: "X-Content-Type-Options:
 * nosniff", "CSP and X-Frame-Options headers"), none when it leaves out every one it names ("CSP relaxed for now"). "Security
 * headers" as a whole keeps them all, unless the item lists which in brackets or after a colon ("Security headers set
 * (X-Frame-Options, X-Content-Type-Options, CSP)", "Security headers: CSP, nosniff"); examples ("e.g.", "such as", "including",
 * "etc.") keep them all. A header the item says is off, deferred, relaxed or excepted is left out, wherever it stands ("HSTS
 * + security headers (CSP still off)", "X-Frame-Options DENY, X-Content-Type-Options nosniff — CSP pending", "Security
 * headers except CSP"): the probe does not judge what the team left out.
 */
function judgedHeaders(text: string): SecurityHeader[] | undefined {
  const plain = framing(text);
  const left = headersLeftOut(text);
  let named: readonly SecurityHeader[] = SECURITY_HEADERS;
  if (/\bsecurity headers?\b/.test(text)) {
    const list = /\bsecurity headers?\b[^(:;]*?(?:\(([^)]*)\)|:([^;]*))/.exec(text);
    if (list && !/\b(?:e\.? ?g\b|eg\b|such as|including|incl\b|like|for (?:example|instance)|etc\b|among others|and (?:more|others|so on)|at least|minimum)|\.\.\.|…/.test(text)) {
      const listed = SECURITY_HEADERS.filter((h) => HEADER_NAMED[h].test(framing(list[1] ?? list[2] ?? '')) && !left.includes(h));
      // A list of only what is left out ("Security headers (CSP still off)") leaves the others.
      if (listed.length) named = listed;
    }
  } else {
    // An item that names no header ("`helmet()` enabled") promises them all.
    const stated = SECURITY_HEADERS.filter((h) => HEADER_NAMED[h].test(plain));
    if (stated.length) named = stated;
  }
  const judged = named.filter((h) => !left.includes(h));
  return judged.length < SECURITY_HEADERS.length ? judged : undefined;
}

/**
 * "for `/`", "of /", "on GET /": the root path named as the page an item times; not the slash of a list of methods ("for
 * GET / POST requests").
 */
const ROOT_TIMED = /(?:^|\s)(?:for|of|on|at)(?: get)? [`'"]?\/[`'"]?(?=$|[\s,;:.!?)])(?! ?(?:get|head|post|put|patch|delete|options)\b)/i;
const PROBE_KINDS = ['readiness', 'liveness'] as const;
/** A waiving word that stands before what it waives ("without readiness", "no readiness probes"). */
const PROBE_REFUSED_BEFORE = /^(?:no|none|nor|without|instead|avoid\w*)$/;
/**
 * A part of a probes item that waives what it names rather than promising it: refused, removed, put off, or said to be done by
 * something else or to have caused trouble ("no readiness probes", "readiness not required", "readiness handled by the mesh",
 * "liveness probes caused restart storms").
 */
const PROBE_WAIVED = /\b(?:no|not|never|none|nor|without|disabled?|removed?|dropped|skip(?:ped)?|instead|unnecessary|optional|avoid\w*|handled|caused|causes|break(?:s)?|broke|later|pending|deferred)\b|n't\b/;
/**
 * The probes a Kubernetes probes item promises, read part by part (split at `;`, `,`, `:`, brackets, a spaced dash): a probe
 * named in a part that does not waive it, less those a part waives; a part that says "only" of one probe promises that one
 * alone ("Readiness probes only (liveness probes caused restart storms)" → readiness). A part that waives probes without naming
 * which ("(probes disabled for now)") promises none.
 */
function promisedProbes(text: string): ('readiness' | 'liveness')[] {
  const promised = new Set<'readiness' | 'liveness'>();
  const waived = new Set<'readiness' | 'liveness'>();
  let only: 'readiness' | 'liveness' | undefined;
  for (const part of text.split(/[;,:()]|\s[—–-]\s/).slice(0, 20)) {
    const named = PROBE_KINDS.filter((p) => new RegExp(`\\b${p}\\b`).test(part));
    const waiving = PROBE_WAIVED.exec(part);
    if (waiving) {
      if (!named.length && /\bprobes?\b/.test(part)) return [];
      // A refusal before its noun ("without readiness", "no readiness probes") waives what follows it; what stands before it
      // is promised ("Liveness probes without readiness"). A state after it ("readiness not required") waives the part's probes.
      const before = PROBE_REFUSED_BEFORE.test(waiving[0]) ? part.slice(0, waiving.index) : '';
      for (const p of named) (new RegExp(`\\b${p}\\b`).test(before) ? promised : waived).add(p);
      continue;
    }
    if (named.length === 1 && /\bonly\b/.test(part)) only ??= named[0];
    for (const p of named) promised.add(p);
  }
  if (only) return waived.has(only) ? [] : [only];
  return [...promised].filter((p) => !waived.has(p));
}

/**
 * Numbers an item states that a check takes as options: without them the check would verify a
 * different promise ("valid for at least 60 days" is not the probe's default of 30).
 */
/** A JSON member value that says a service is healthy (a health body's promise): `ok`, `up`, `healthy`, `pass`, `UP`. */
const HEALTHY_WORD = /^(?:ok|okay|up|healthy|pass(?:ed|ing)?|green|alive|ready|available|running|success(?:ful)?|good|serving)$/i;

const OPTION_READERS: Record<string, (text: string, title: string) => Record<string, unknown> | undefined> = {
  // "`/health` returns 200", "GET /api/healthz responds": the paths the item names, as written (case kept).
  // "… returns 200, not 301", "… (no redirect)", "… without a redirect", "does not redirect", "never redirects", "(not a 3xx)":
  // the path must answer 2xx itself (follow-redirects: false), as a load balancer's health check requires; not a redirect
  // the item names to be followed ("redirects to /health/ and returns 200").
  [HEALTH]: (text, title) => {
    const paths = statedPaths(title);
    const direct: Record<string, unknown> = /(?:\b(?:no|not|never|without)|n't)(?: (?:be|get|getting|being|an?|any))* (?:30[1278]|3xx|redirect(?:s|ed|ing|ion|ions)?)\b(?![ -](?:loops?|chains?|cycles?|to|back|elsewhere|away|off-site|offsite|across)\b)/.test(text) ? { 'follow-redirects': false } : {};
    // "… returns 200 with `{"status": "ok"}`": the JSON body promised (the first JSON object written, not one refused: "never
    // `{"status":"down"}`"), which the probe compares member by member.
    for (const m of title.matchAll(/\{[^{}]*(?:\{[^{}]*\}[^{}]*){0,5}\}/g)) {
      if (/(?:\b(?:not|never|no|without|nor)|n't)(?: [\w-]+){0,2} ?[:(]? ?$/i.test(title.slice(0, m.index))) continue;
      // An illustration ("e.g. `{…}`", "for example", "such as", "like"): a sample response, no promise of its every member.
      if (/\b(?:e\.\s?g\.?|for example|for instance|such as|like|sample|example)[\s:,(`'"]*$/i.test(title.slice(0, m.index))) continue;
      let body: unknown;
      try { body = JSON.parse(m[0]); } catch { continue; }
      if (!body || typeof body !== 'object' || Array.isArray(body) || !Object.keys(body).length || m[0].length > 1000) continue;
      // Only the members that say the service is healthy (`"status": "ok"`, `"healthy": true`) are promised: a version, an
      // uptime or a timestamp written beside them changes with every release (review S2).
      const health = Object.entries(body).filter(([, v]) => typeof v === 'boolean' || (typeof v === 'string' && HEALTHY_WORD.test(v)));
      if (!health.length) continue;
      // One of several bodies (`{"status":"ok"}` or `{"status":"degraded"}`): no one of them is promised (sweep R2).
      if (/^[`'"]?\s*(?:or|\/|\|)\s*[`'"]?\s*\{/i.test(title.slice(m.index + m[0].length)) || /\}\s*[`'"]?\s*(?:or|\/|\|)\s*[`'"]?\s*$/i.test(title.slice(0, m.index))) break;
      direct.body = health.length === Object.keys(body).length ? m[0] : JSON.stringify(Object.fromEntries(health));
      break;
    }
    if (!paths.length) return Object.keys(direct).length ? direct : undefined;
    return paths.length > 1 && alternatives(title) ? { paths, require: 'any', ...direct } : { paths, ...direct };
  },
  // "`.env.local` files are in `.gitignore`", "`.env` and `.env.production` are git-ignored": the env files the item
  // names, when it names another than `.env` (bare `.env` keeps the default, which also tests templates' real names).
  // A glob (`.env*`, `.env.*.local`) names no file the check can test: the plain names beside it are taken.
  'env-file-not-ignored': (_text, title) => {
    const named = [...title.matchAll(ENV_FILE_NAMED)].map((m) => m[1]!).filter((n) => !isTemplate(n));
    const names = [...new Set(named)];
    return names.some((n) => n !== '.env') ? { names: names.slice(0, 20) } : undefined;
  },
  certificate: (text) => {
    let m: RegExpExecArray | null = null;
    let plus = false;
    for (const [i, re] of CERT_DAYS.entries()) if ((m = re.exec(text))) { plus = i === CERT_DAYS.length - 1; break; }
    const seconds = m ? duration(m[1]!, m[2]) : undefined;
    if (!seconds || (plus && seconds >= CERT_PLUS_DAYS_BELOW * DAY)) return undefined;
    return { 'min-days': Math.round(seconds / DAY) };
  },
  // "max-age ≥ 1 year", "includeSubDomains", "preload" (a policy the preload list accepts: it implies includeSubDomains).
  hsts: (text) => {
    let m: RegExpExecArray | null = null;
    for (const re of HSTS_MAX_AGE) if ((m = re.exec(text))) break;
    const seconds = m ? duration(m[1]!, m[2]) : undefined;
    const out: Record<string, unknown> = {
      ...(seconds ? { 'min-max-age': seconds } : {}),
      // Django's `SECURE_HSTS_INCLUDE_SUBDOMAINS`/`SECURE_HSTS_PRELOAD` name them after an underscore.
      // Not the ingress-nginx annotation set false (`hsts-include-subdomains: "false"`), nor subdomains put off ("enabling after
      // we verify all subdomains", "subdomains later").
      ...(/(?:\b|_)include_?subdomains\b|(?<!\b(?:after|once|until|till|before|when|pending|not yet)\b[^;,():—–]*)\bsubdomains?\b(?! ?[:=] ?["']?(?:false|no|off)\b)(?![^;,()]*\b(?:later|next|pending|not yet|eventually|tbd)\b)/.test(text) ? { 'include-subdomains': true } : {}),
      // Not a refused or deferred preload ("no preload yet", "HSTS sans preload", "ohne Preload", "preload pending").
      ...(/(?<!\b(?:no|not|without|nor|sans|pas de|ohne|kein|keine|sin|sem) (?:the |hsts |de |la |le )?)(?:\b|_)preload(?![^;]*\b(?:later|next|evaluated|considered|tbd|to come|eventually|yet|pending|blocked|deferred|postponed|on hold|wip)\b)/.test(text) ? { preload: true } : {}),
    };
    return Object.keys(out).length ? out : undefined;
  },
  // "Redis is not exposed to the internet", "Postgres port 5432 is not published": the products the item names.
  // An item that names no product but a database's port ("The `db` service does not publish 5432"): that port.
  'database-port-exposed': (text) => databaseOptionsNamed(text) ?? databasePortsStated(text),
  // "Readiness probes configured": the probe the item names, when it names one only (the check wants both by default), or
  // promises one only and waives the other ("Readiness probes only (liveness probes caused restart storms)", "Liveness probes
  // only — readiness handled by the mesh"; see promisedProbes).
  'k8s-probes': (text) => {
    const promised = promisedProbes(text);
    if (promised.length === 1) return { probes: promised };
    const readiness = /\breadiness\b/.test(text);
    const liveness = /\bliveness\b/.test(text);
    return readiness !== liveness ? { probes: [readiness ? 'readiness' : 'liveness'] } : undefined;
  },
  // "Session cookies are HttpOnly", "Secure and HttpOnly flags on cookies": the attributes the item names, when
  // it names fewer than the three the probe judges. "Secure cookies" alone is the whole promise.
  'cookie-security': (text, title) => {
    const named = cookieAttributes(text, title);
    return named.length && named.length < 3 ? { attributes: named } : undefined;
  },
  // "`CSRF_COOKIE_SECURE = True`": the Django/Flask settings the item names, as cookies and attributes (fewer than all
  // of them), so an item about one setting is not failed by another setting's finding. Without settings, the
  // attribute the item names as the probe reads it ("Session cookies are HttpOnly" → flags [httponly]).
  'cookie-flags': (text, title) => {
    const named = [...text.matchAll(/\b(?:flask_|django_)?(session|csrf|remember)_cookie_(secure|httponly)\b/g)];
    if (!named.length) {
      const flags = cookieAttributes(text, title).filter((a) => a !== 'samesite');
      return flags.length === 1 ? { flags } : undefined;
    }
    const cookies = [...new Set(named.map((m) => m[1]!))];
    const flags = [...new Set(named.map((m) => m[2]!))];
    const o = { ...(cookies.length < 3 ? { cookies } : {}), ...(flags.length < 2 ? { flags } : {}) };
    return Object.keys(o).length ? o : undefined;
  },
  // "X-Content-Type-Options: nosniff", "CSP and X-Frame-Options headers": the headers named, when fewer than all four.
  // "Security headers" as a whole keeps them all, unless the item lists which in brackets or after a colon ("Security
  // headers set (X-Frame-Options, X-Content-Type-Options, CSP)", "Security headers: CSP, nosniff"); examples ("e.g.",
  // "such as", "including", "etc.") keep them all.
  'security-headers': (text) => {
    const headers = judgedHeaders(text);
    return headers?.length ? { headers } : undefined;
  },
  // "`X-Powered-By` header removed", "Express `app.disable('x-powered-by')`": the header must not be sent at all (the probe
  // passes `X-Powered-By: Express` by default, which such an item rules out).
  // An item about X-Powered-By alone reads that header only (`headers`), as a security-headers item naming one header does:
  // the `Server` banner's version is another item's finding.
  // PHP's `expose_php = Off` is about X-Powered-By alone too (PHP names its version there, nowhere else).
  'server-version-leak': (text) => {
    const onlyPoweredBy = /\bx-powered-by\b|\bexpose_php\b/.test(text) && !OTHER_BANNER.test(text);
    if (X_POWERED_BY_ABSENT.test(text) && !X_POWERED_BY_VERSION_ONLY.test(text)) return { absent: ['x-powered-by'], ...(onlyPoweredBy ? { headers: ['x-powered-by'] } : {}) };
    return onlyPoweredBy ? { headers: ['x-powered-by'] } : undefined;
  },
  // "Response time under 300 ms for `/api/orders`": the bound, and the path it is promised for (as health items'
  // paths are; timing `/` instead would pass a slow endpoint). An item naming several paths stays manual (the rule's
  // `unless`): the probe times one.
  'response-time': (text, title) => {
    const m = /(?:under|below|less than|within|<|≤) ?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(ms|milliseconds?|s|secs?|seconds?)\b/.exec(text);
    const ms = m ? Number(m[1]!.replace(/,/g, '')) * (m[2]!.startsWith('m') ? 1 : 1000) : 0;
    // The root named as the page timed ("Median response time for `/` stays under 300 ms") is a path too, as "/api/orders" is.
    // The root named beside another path is one of two pages ("at / and /api/orders"): no single page is timed.
    const paths = statedPaths(title);
    if (ROOT_TIMED.test(title)) paths.push('/');
    const o = { ...(ms > 0 ? { 'max-ms': ms } : {}), ...(paths.length === 1 ? { path: paths[0]! } : {}) };
    return Object.keys(o).length ? o : undefined;
  },
};

/**
 * Opting out of a check: an item that states the check's safeguard (its `safeguard`, see CheckDef) absent — negated
 * ("No liveness probes", "We don't pin image tags", "We don't expose a health endpoint", "Remove the HSTS header",
 * "Deployments run without readiness probes"; at most three filler words between: articles, a verb such as set, define,
 * send, expose, a word such as HTTPS or container) or switched off ("`SESSION_COOKIE_SECURE` is False", "`runAsNonRoot:
 * false`", "readiness probes disabled on the batch jobs", "probes not configured for the cron job") — or that grants the
 * risk it guards against (its `waiver`: "CORS allows all origins") declares an exception, not a promise. A negation
 * before it in its clause makes a double negative, which is a promise ("No Deployment without readiness probes", "Never
 * remove the HSTS header", "HSTS is never disabled", "CORS doesn't allow all origins"), and so does a refusal after it
 * ("Containers without memory limits are rejected by the admission controller").
 */
/**
 * The same in German, French, Spanish and Portuguese ("Kein HSTS", "HSTS ohne …", "Pas de HSTS", "Sans CSP", "Sin HSTS",
 * "Sem HSTS", "Não usamos HSTS"). Spanish "no" is the English word.
 */
const NEGATOR_TRANSLATED = String.raw`kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|pas(?: de| d')?|sans|jamais|aucune?|sin|nunca|jamás|ningún|ninguna|sem|não|nao|nenhum(?:a)?|(?:deaktivier|entfern)(?:e|en|t)|désactiv(?:e|er|ez|é|ée)|supprim(?:e|er|ez|é|ée)|desactiv(?:a|ar|ado|ada)|quit(?:a|ar|ado|ada)|desativ(?:a|ar|ado|ada)|remov(?:a|er|ido|ida)`;
/**
 * The same in Dutch ("Geen HSTS", "zonder HSTS"), Polish ("Bez HSTS na razie", "Brak CSP"), and ABROAD's `negator` words:
 * Russian and Ukrainian ("Без HSTS", "нет HSTS", "Отключить HSTS", "Вимкнути HSTS") and Chinese ("不启用 HSTS", "没有 HSTS", "禁用 HSTS").
 */
const NEGATOR_OTHER_SCRIPTS = String.raw`\b(?:geen|zonder|bez|brak)\b|${abroad('negator')}`;
const NEGATOR = String.raw`(?:${NEGATOR_OTHER_SCRIPTS}|\b(?:no|not|never|nor|without|don't|do not|doesn't|does not|didn't|did not|won't|will not|isn't|aren't|can't|cannot|skip(?:s|ped|ping)?|disabl(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|omit(?:s|ted|ting)?|(?:turn|switch)(?:s|es|ed|ing)? off|opt(?:s|ed)? out of|exempt(?:ed)? from|${NEGATOR_TRANSLATED}))`;
// Filler words between the negation and the safeguard ("We don't expose a health endpoint", "No HTTP → HTTPS redirect").
const FILLER = String.raw`(?:a|an|the|any|our|its|their|this|that|these|those|it|them|to|be|been|have|has|had|need|needs|want|use|using|set|setting|add|adding|define|defining|declare|declaring|configure|configuring|send|sending|expose|exposing|enable|enabling|run|running|enforce|enforcing|apply|applying|provide|providing|serve|serving|ship|shipping|require|requiring|bother|do|really|currently|explicit|explicitly|separate|custom|extra|https?(?: ?(?:to|→|->|=>) ?https)?|plain|cors|images?|containers?|pods?|docker|kubernetes|k8s|der|die|das|den|dem|ein|eine|einen|le|la|les|un|une|du|el|los|las|una|o|os|um|uma|hay|há|tem|temos|tenemos|gibt es|es gibt|il y a|y a|usamos|verwenden|nutzen|utilisons)`;
const NEGATION = /\b(?:no|not|never|nor|without|nothing|none|cannot|forbid\w*|prohibit\w*|ban(?:s|ned)?|avoid\w*|prevent\w*|refus\w*|reject\w*|block\w*|fail\w*|kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|verboten|jamais|sans|aucune?|interdit\w*|nunca|sin|ningun[oa]?|prohibid[oa]s?|sem|nenhum[a]?|proibid[oa]s?)\b|n't\b|\b(?:jamás|ningún|não|nao)(?![\wà-ÿ])|\b(?:nooit|niet|geen|zonder)\b|(?<![\wа-яёіїєґ])(?:не|нет|без|никогда|ніколи)(?![\wа-яёіїєґ])|不|没有|沒有/;
/**
 * The state written after a label ("Health endpoint: disabled on the worker", "**HTTPS redirect:** disabled (TLS
 * terminates at the proxy)", "Readiness probes — disabled on the batch jobs", "CSP: n/a"): a colon or a dash, then a
 * state that takes no object ("Security headers: X-Powered-By removed" promises the headers; "removed"/"dropped" after
 * the label are left out: "HSTS: removed `max-age=0`" is no opt-out of HSTS).
 */
const LABEL_STATE = String.raw` ?(?::| [—–-]) ?(?:disabled|off|none|n\/a|not applicable|not (?:set|configured|enabled|used|in place|required|needed|implemented)|skipped|waived|omitted|unset|absent|missing|turned off|switched off|deactivated)(?![\w/-])`;
// A word between the safeguard and its state: no negation ("HSTS is never disabled"), no other topic ("… and debug off").
const STATE_GAP = String.raw`(?: (?!(?:no|not|never|nor|none|without|nothing|cannot|and|or|but|while|where|which|except|nicht|nie|niemals|kein\w*|und|oder|aber|jamais|pas|et|ou|mais|nunca|jamás|y|pero|não|nao|e|mas|nooit|niet|geen|maar|не|нет|ни|никогда|и|или|но|а|ні|ніколи|або|та|і)(?![\wà-ÿа-яёіїєґ])|[\w'-]*n't\b)[\wà-ÿа-яёіїєґ./'-]+){0,4}?`;
/**
 * Switched off in German, French, Spanish and Portuguese: "HSTS ist deaktiviert", "CSP ist noch nicht aktiv", "CSP
 * désactivée", "HSTS n'est pas activé", "HSTS desactivado", "Cabeçalho HSTS removido"; the negation after the safeguard
 * too ("Healthcheck non défini dans le Dockerfile", "CSP non configurée", "HEALTHCHECK im Dockerfile nicht definiert",
 * "Healthcheck no definido", "Healthcheck não definido", Italian "HSTS non abilitato", Polish "HSTS wyłączony na razie", "CSP
 * tymczasowo wyłączona", "HSTS nie jest włączony").
 */
const OFF_TRANSLATED = String.raw`(?:deaktiviert|ausgeschaltet|abgeschaltet|entfernt|auskommentiert|nicht (?:aktiv|aktiviert|eingeschaltet|gesetzt|gesendet|konfiguriert|eingerichtet|vorhanden|gepinnt|definiert|deklariert|festgelegt|hinterlegt|verwendet|genutzt|umgesetzt)|(?:désactivé|supprimé|retiré|inactif|inactive)(?:e|s|es)?|(?:pas|non) (?:activée?s?|actifs?|active|configurée?s?|définie?s?|déclarée?s?|envoyée?s?|utilisée?s?|mise?s? en place|implémentée?s?|appliquée?s?|épinglée?s?|fixée?s?)|(?:desactivad|deshabilitad|eliminad|quitad|inactiv|desativad|desabilitad|removid|desligad|inativ)[oa]s?|no (?:está |están )?(?:activad|habilitad|configurad|activ|definid|declarad|establecid|usad|utilizad|implementad|aplicad|fijad)[oa]s?|(?:não|nao) (?:está |estão )?(?:ativad|habilitad|configurad|ativ|definid|declarad|usad|utilizad|implementad|aplicad|fixad)[oa]s?|non (?:è |sono )?(?:abilitat|attivat|configurat|definit|impostat|dichiarat|usat|utilizzat|applicat)[oaie]|(?:disabilitat|disattivat)[oaie]|uitgeschakeld|verwijderd|niet (?:ingeschakeld|actief|geconfigureerd|ingesteld|gebruikt|gedefinieerd)|wyłączon[yaeo]|nie (?:jest |są )?(?:włączon|skonfigurowan|ustawion|używan|wdrożon)[yaeo])`;
/**
 * Switched off in Russian, Ukrainian, Japanese, Chinese and Korean (ABROAD's `off` words), written after the safeguard with or
 * without a space or particle: "HSTS отключён", "HSTS не настраиваем", "HSTS не увімкнено", "HSTS は無効", "HSTS は設定しない",
 * "HSTS 未設定", "HSTS 已禁用", "HSTS 无需配置", "HSTS 미적용"; "for now", "temporarily", "still" before the state too ("CSP は一旦無効化",
 * "HSTS は当面無効", "HSTS はまだ無効").
 */
const OFF_CJK = String.raw` ?(?:は|が|を|も|은|는|이|가|을|를|에)? ?(?:${abroad('off')})`;
const OFF = String.raw` ?(?:(?:(?:is|are|was|were|be|stays?|remains?|kept|left|set to)\b|[=:]) ?["']?(?:false|off|none|no(?= ?(?:$|[,.;()])))\b|(?: (?:is|are|was|were|stays?|remains?|kept|left|been))? (?:disabled|removed|omitted|skipped|dropped|unset|absent|missing|turned off|switched off|commented out|not (?:set|defined|declared|configured|used|enabled|added|sent|present|applied|enforced|pinned|required|in place))\b|(?: (?:ist|sind|bleibt|bleiben|wird|werden|wurde|est|sont|reste|restent|es|son|está|están|queda|é|são|fica|ficam))? ${OFF_TRANSLATED}(?![\wà-ÿ])|${OFF_CJK}|${LABEL_STATE})`;
// What follows an opt-out and refuses or undoes it: "Containers without memory limits are rejected", "`CORS_ALLOW_ALL_ORIGINS
// = True` removed from settings".
const REFUSED_AFTER = /\b(?:reject\w*|block\w*|refus\w*|den(?:y|ied|ies)|fail\w*|forbidden|banned|prohibited|disallowed|not (?:allowed|permitted|deployed|merged|accepted|admitted)|never (?:deployed|merged|shipped|allowed)|remov(?:ed|ing)|delet(?:ed|ing)|dropped|disabled|reverted|turned off|switched off|commented out|abgelehnt|blockiert|verboten|refusée?s?|rejetée?s?|bloquée?s?|interdite?s?|rechazad[oa]s?|bloquead[oa]s?|prohibid[oa]s?|recusad[oa]s?|proibid[oa]s?)(?![\wà-ÿ])/;
const CLAUSE_END = /;|,|\s[—–-]\s|\(|\)/g;

let optOutTable: Map<string, RegExp[]> | null = null;
function optOutRules(): Map<string, RegExp[]> {
  if (optOutTable) return optOutTable;
  optOutTable = new Map();
  for (const [id, def] of catalogue()) {
    const list: RegExp[] = [];
    if (def.safeguard) {
      const s = def.safeguard.source;
      list.push(new RegExp(`${NEGATOR}(?: ${FILLER}){0,3} (?:${s})`, 'g'), new RegExp(`(?:${s})${STATE_GAP}${OFF}`, 'g'));
    }
    if (def.waiver) list.push(new RegExp(def.waiver.source, 'g'));
    if (list.length) optOutTable.set(id, list);
  }
  return optOutTable;
}

/**
 * Where `text` opts out of check `id` (its `safeguard` or `waiver`, read as the comment on NEGATOR says): 'main' when
 * in its main clause (before `;`, `(`, `,`, a dash), 'aside' elsewhere, undefined when nowhere.
 */
function optOutOf(text: string, id: string, asideAt?: number): 'main' | 'aside' | undefined {
  let found: 'main' | 'aside' | undefined;
  const mainEnd = mainClause(text).length;
  for (const re of optOutRules().get(id) ?? []) {
    for (const m of text.matchAll(re)) {
      if (asideAt !== undefined && m.index + m[0].length > asideAt) {
        // Read past a bare topic into its aside (see asideAsState): only the aside's own words opt out ("Security headers
        // (X-Powered-By removed)" removes a header, "Non-root containers (curl removed)" a tool, which is the aside's
        // remark), unless the aside is the topic's state alone ("HSTS (disabled)", "Healthcheck (removed)").
        if (m.index >= asideAt) { found = 'aside'; continue; }
        if (!ASIDE_OWN_STATE.test(text.slice(asideAt - 1))) {
          // The skipped match may have swallowed the aside's own opt-out ("HSTS (HSTS header removed)", "Liveness probes
          // (probes dropped)"): one that starts the aside, the topic itself switched off, opts out; one qualified by
          // another word does not ("Liveness probes (exec probe removed)", "Resource limits (old limits removed)").
          if (asideOptsOut(text, re, asideAt)) found = 'aside';
          continue;
        }
      }
      let start = 0;
      let end = text.length;
      for (const b of text.matchAll(CLAUSE_END)) {
        if (b.index < m.index) start = b.index + b[0].length;
        else if (b.index >= m.index + m[0].length) { end = b.index; break; }
      }
      if (NEGATION.test(text.slice(start, m.index)) || REFUSED_AFTER.test(text.slice(m.index + m[0].length, end))) continue;
      if (m.index < mainEnd) return 'main';
      found = 'aside';
    }
  }
  return found;
}

/**
 * A state that switches a safeguard off, all its words: "off", "(❌ off)", "currently off", "disabled for now", "not enabled".
 * Only for a topic that names the check's safeguard ("HSTS", "Security headers", "HTTPS redirect"): "off" is the promise
 * of a risk ("Debug mode (off)", "TLS 1.0 (off)", "Directory listing: off").
 */
const SWITCHED_OFF = /^[^\p{L}\p{N}]*(?:(?:is|are|currently|still|now|temporarily|for now) )*(?:off|disabled|not enabled|not set|switched off|turned off)(?![\p{L}\p{N}_-])/u;
/** Whether `state` (an aside or a nested item) switches off the safeguard of check `id` that `topic` names. */
function switchedOffBy(topic: string, state: string, id: string): boolean {
  const safeguard = catalogue().get(id)?.safeguard;
  return !!safeguard && safeguard.test(topic) && SWITCHED_OFF.test(state);
}

/**
 * Whether `re` (an opt-out rule) matches at the start of the aside at `asideAt`, after at most an article and the place
 * ("the", "Dockerfile HEALTHCHECK removed").
 */
function asideOptsOut(text: string, re: RegExp, asideAt: number): boolean {
  const sticky = new RegExp(re.source, 'y');
  sticky.lastIndex = asideAt + (ASIDE_ARTICLE.exec(text.slice(asideAt))?.[0].length ?? 0);
  const m = sticky.exec(text);
  if (!m) return false;
  const end = text.slice(m.index + m[0].length).search(CLAUSE_END);
  return !REFUSED_AFTER.test(text.slice(m.index + m[0].length, end < 0 ? undefined : m.index + m[0].length + end));
}
const ASIDE_ARTICLE = /^(?:(?:the|our|its|their|all(?: (?:the|our))?) )?(?:(?:dockerfile|docker|kubernetes|k8s)(?:'s)? )?/;

/**
 * An aside that is only the state of the topic before it: after words such as "is", "currently" or "still", a state
 * that switches it off ("(disabled)", "(removed)", "(not enabled, see SEC-88)", "(currently turned off)").
 */
const ASIDE_OWN_STATE = new RegExp(String.raw`^(?: (?:is|are|was|were|been|has|have|it's|it is|they're|they are|currently|still|now|temporarily|for now|intentionally|deliberately|explicitly|fully|completely|entirely|globally|already|also|always|everywhere))*${OFF}`);

// Items already judged: binding twice must not undo an explicit `manual`.
const settled = new WeakSet<ChecklistItem>();

let table: [string, PhraseRule[]][] | null = null;
function rules(): [string, PhraseRule[]][] {
  if (table) return table;
  const byId = new Map<string, PhraseRule[]>();
  for (const [id, def] of catalogue()) if (def.match?.length) byId.set(id, def.match);
  return (table = [...byId].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Matches one item text against every check's phrase rules. A rule matches when its `pattern`
 * finds the lower-cased, markup-free item text (URLs reduced to their scheme: "https://a.example/x"
 * reads "https"; typographic apostrophes made ASCII), its `context` (if any) finds the heading path or
 * the parent item's text, its `unless` (if any) does not find the item text, and its `nearUnless` (if any)
 * finds neither the nearest heading nor the parent item. The item binds
 * to every check with a matching rule; `matchedBy` quotes the words that matched, per check.
 * A leading "Ensure", "Verify that", "Make sure", "We" or "Always" is read past: the rules see the promise
 * after it. Items that start with a paperwork verb ("Document the HSTS policy", "Plan…") never bind.
 */
export function matchItem(written: string, context: MatchContext): Match {
  // A status is read however it is spelled ("— ⏳ pending", "[WIP]", "-- pending" as "— pending", "(WIP)"): see statusSpelled.
  const item = statusSpelled(written);
  const raw = normalised(item);
  // Read in English once, when first asked (by matchAsWritten for the vetoes of a terse item under a topic, or below).
  let read: { english: string | undefined } | undefined;
  // A Portuguese item's "no" is "in the" there too ("Qualquer origem permitida no CORS" grants any origin in CORS).
  const inEnglishOnce = () => (read ??= { english: inEnglish(raw, PORTUGUESE.test(raw)) }).english;
  const m = matchAsWritten(item, context, raw, inEnglishOnce);
  if (m.checks.length) return m;
  // Preflight's own wording for a check (a shipped preset's item title, or the check's catalogue title), copied as the item:
  // written for that check, it binds it whatever the heading, unless a veto stopped the item ("— deferred", a question).
  const own = stopped.has(m) ? undefined : ownTitles().get(ownTitleKey(raw));
  if (own) return { checks: [own.check], matchedBy: `Preflight's own title for ${own.check} (${own.from})` };
  // `HEALTHCHECK` in capitals, as the Dockerfile spells its instruction ("HEALTHCHECK configured"), is the Dockerfile's: read
  // so when the item binds nothing as written (every veto applying; an all-capitals title says nothing by its case).
  // Not another system's health check named so ("Load balancer HEALTHCHECK configured", "Consul HEALTHCHECK").
  if (DOCKERFILE_INSTRUCTION.test(item) && /[a-z]/.test(item) && !OTHER_HEALTH_CHECKER.test(raw)) {
    const inDockerfile = matchAsWritten(item.replace(DOCKERFILE_INSTRUCTION, 'HEALTHCHECK in the Dockerfile'), context);
    if (inDockerfile.checks.length) return { ...inDockerfile, matchedBy: `${inDockerfile.matchedBy} (HEALTHCHECK read as the Dockerfile instruction)` };
  }
  // A German, French, Spanish or Portuguese item that binds nothing as written is read in English (see inEnglish), every
  // English rule and veto applying; one the vetoes stopped as written (a deferral, a question) is not read again.
  const english = stopped.has(m) ? undefined : inEnglishOnce();
  // The reading is word for word: a deferral, a negation of it or knowledge anywhere in it keeps the item manual.
  if (!english || READ_IN_ENGLISH_UNLESS.test(english)) return m;
  // Its heading and parent item are read in English too ("Política de reinicio configurada" under "## Contenedores" is
  // under a containers heading, as under "## Containers").
  const inEn = matchAsWritten(english, contextInEnglish(context));
  return inEn.checks.length && inEn.checks.every((id) => READ_IN_ENGLISH.has(id)) ? { ...inEn, matchedBy: `${inEn.matchedBy} (read in English: "${english}")` } : m;
}

/**
 * `context` with its headings and parent item read in English where they are German, French, Spanish or Portuguese; one
 * that already says its items are no promise ("Não bloqueante", "Nicht blockierend") is kept as written, which says so.
 */
function contextInEnglish(context: MatchContext): MatchContext {
  const en = (t: string) => (NOT_A_PROMISE_CONTEXT.test(matchText(t)) ? t : inEnglish(normalised(t), PORTUGUESE.test(normalised(t))) ?? t);
  return { headings: context.headings.map(en), parent: context.parent === undefined ? undefined : en(context.parent), titled: context.titled };
}

/** An own title's key: normalised, without its closing punctuation. */
const ownTitleKey = (normalisedTitle: string) => normalisedTitle.replace(/[\s.!;:]+$/, '');

let ownTitleMap: Map<string, { check: string; from: string }> | undefined;
/**
 * Preflight's own titles, normalised as items are (matchItem): each shipped preset's item titles (checklists/*.yml, read by
 * loadPreset) and each check's catalogue title, with the check each is written for. A title two checks share binds neither.
 */
function ownTitles(): Map<string, { check: string; from: string }> {
  if (ownTitleMap) return ownTitleMap;
  const found = new Map<string, { check: string; from: string } | null>();
  const add = (title: unknown, check: unknown, from: string) => {
    if (typeof title !== 'string' || typeof check !== 'string' || !catalogue().has(check)) return;
    const key = ownTitleKey(normalised(title));
    if (!key) return;
    const had = found.get(key);
    found.set(key, had === undefined || had?.check === check ? had ?? { check, from } : null);
  };
  for (const def of catalogue().values()) add(def.title, def.id, 'its catalogue title');
  // The presets as the checklist loader reads them (asked once, when an item first binds nothing as written).
  for (const name of PRESET_NAMES) for (const it of loadPreset(name).items) if (it.checks.length === 1) add(it.title, it.checks[0], `the '${name}' preset`);
  ownTitleMap = new Map([...found].filter((e): e is [string, { check: string; from: string }] => e[1] !== null));
  return ownTitleMap;
}

/** Words that keep an item read in English manual wherever they stand (its asides are read word for word too). */
const READ_IN_ENGLISH_UNLESS = /\b(?:documented|monitored|reviewed|later|after launch|not yet|auto-renewed)\b/;

/** The Dockerfile instruction HEALTHCHECK, in capitals as Dockerfiles write it, not already said to be the Dockerfile's. */
const DOCKERFILE_INSTRUCTION = /(?<![\w-])(?<!\b(?:dockerfile|Dockerfile|DOCKERFILE)\s)HEALTHCHECK(?![\w-])/;

const OTHER_HEALTH_CHECKER = /\b(?:load ?balancers?|alb|elb|nlb|lb|target groups?|uptime|monitor\w*|pingdom|route ?53|consul|nomad|ecs|task definitions?|kubernetes|k8s|pods?|probes?|synthetic)\b/;

/** Results of matchAsWritten for an item that isNoPromise or PAPERWORK stopped. */
const stopped = new WeakSet<Match>();

/** `raw`: `item` normalised; `english`: its reading in English (see inEnglish), asked only when the item binds nothing as written. */
function matchAsWritten(item: string, context: MatchContext, raw = normalised(item), english = () => inEnglish(raw)): Match {
  // Normalised once: the rules read it with URLs reduced to their scheme, the environment veto with them.
  const text = portugueseInThe(withoutPreamble(ruleText(raw)));
  const where = contextText(context);
  // The nearest heading and the parent item, each on its own.
  const near = [context.headings.at(-1), context.parent].filter((t): t is string => !!t).map(matchText);
  if (!text || PAPERWORK.test(text) || isNoPromise(text, where, raw)) {
    const none = { checks: [], matchedBy: '' };
    stopped.add(none);
    return none;
  }
  // The same text with its quoted markers (`allow_origins=["*"]`), to quote the words that matched as the item has them.
  const shown = portugueseInThe(withoutPreamble(ruleText(normaliseTitle(item.slice(0, MATCH_CHARS * 4), true))));
  const own = matchRules(text, where, near, undefined, shown === text ? undefined : shown);
  if (own.checks.length) return own;
  // A label and its state ("Image tags: pinned", "**TLS**: 1.2+ only", "Hardcoded secrets: none", "**Secrets** — none in
  // git") is the promise written without the colon or dash ("image tags pinned", "no hardcoded secrets"), every veto applying.
  for (const read of labelReadings(text)) {
    if (isNoPromise(read, where, read)) continue;
    const m = matchRules(read, where, near);
    // The label switched off as written ("HTTPS redirect - off for /health", "CSP: n/a") opts out (see LABEL_STATE).
    if (m.checks.some((id) => optOutOf(text, id))) break;
    if (m.checks.length) return { ...m, matchedBy: `${m.matchedBy} (the label read with its state)` };
  }
  if (URL_PATH.test(text)) {
    // A bare path under a health heading ("## Health endpoint" › "`/healthz`") is the path its health check probes, as one
    // nested under a health item is (see bindChecklist); not under a container's or a monitor's heading.
    const heading = context.parent === undefined ? topicOf(context.headings.at(-1)) : undefined;
    // Only a path that looks like a health check's: "/metrics" or "/api/v1/users" under "## Health endpoint" is no promise
    // that it answers 200 (the check is critical).
    if (!heading || !HEALTH_TOPIC.test(heading) || !HEALTH_PATH.test(text) || NOT_THE_DEPLOYMENTS_HEALTH.test(where) || monitorsSection([...context.headings, context.parent ?? ''])) return own;
    return { checks: [HEALTH], matchedBy: `path under "${context.headings.at(-1)!.trim()}" → ${HEALTH}` };
  }
  // A terse item names no topic of its own: its parent item or nearest heading does ("Not exposed to the internet"
  // under "Database", "Enabled with max-age ≥ 1 year" under "### HSTS", "Secure flag set" under "### Cookies"). It is
  // read as the topic followed by the item ("database not exposed to the internet"), every rule and veto applying,
  // by the checks that do not read headings themselves: one with a `context` rule (Docker, Kubernetes, CORS, TLS…)
  // already says which terse items a heading makes its own, with vetoes the plain reading lacks. Words the topic
  // alone matches ("HSTS", "Security headers") bind only an item that states the topic's state ("Header present",
  // "Enabled with max-age ≥ 1 year"), not one about something else ("Configure Content Security Policy (CSP)").
  // A German, French, Spanish or Portuguese item meets the vetoes of its reading in English here too ("Redirection HTTPS pas
  // encore activée", "… documentée dans le wiki", "… uniquement en préproduction" under "## HTTPS"), as it does read alone.
  const inEn = english();
  if (inEn && READ_IN_ENGLISH_UNLESS.test(inEn)) return own;
  for (const said of [context.parent, context.headings.at(-1)]) {
    const topic = topicOf(said);
    if (!topic) continue;
    // A TLS version without the word under a TLS topic ("1.0 and 1.1 disabled", "Only 1.2 and 1.3" under "## TLS") reads
    // with it, every rule applying (the TLS checks read headings themselves, so the reading below leaves them out).
    if (TLS_TOPIC.test(topic) && BARE_TLS_VERSION.test(text)) {
      const versions = text.replace(BARE_TLS_VERSION, '$1tls $2');
      if (!isNoPromise(versions, where, versions)) {
        const m = matchRules(versions, where, near);
        if (m.checks.length) return { checks: m.checks, matchedBy: `${m.matchedBy} (the item read under "${said!.trim()}")`, readAs: `${topicTitle(said)} ${item}` };
      }
    }
    // "Tags pinned" under "Docker images" reads "docker image tags pinned".
    const read = `${topic} ${text}`.replace(/\bimages (?=(?:tags?|digests?)\b)/, 'image ');
    if (isNoPromise(read, where, `${topic} ${raw}`)) continue;
    if (inEn && isNoPromise(`${topic} ${inEn}`, where, `${topic} ${inEn}`)) continue;
    const m = matchRules(read, where, near, { reachFrom: TOPIC_STATE.test(text) || ATTRIBUTE_OF_TOPIC.test(read) || (HEALTH_TOPIC.test(topic) && HEALTH_ANSWER.test(text)) ? 0 : topic.length + 1 });
    if (m.checks.length) return { checks: m.checks, matchedBy: `${m.matchedBy} (the item read under "${said!.trim()}")`, readAs: `${topicTitle(said)} ${item}` };
  }
  return own;
}

/**
 * A label of at most four words, then a colon or a dash, then its state: "image tags: pinned", "tls — 1.2+ only",
 * "hardcoded secrets: none". Not a label with a bracket, a verb or a clause of its own before the separator.
 */
const LABEL_AND_STATE = /^([\w./`*-]+(?: [\w./`*-]+){0,3}):? ?(?:(?<=:) ?| [—–-] |[—–] ?)(?!\/\/)(.{2,})$/;
/** A state that says the label's thing is absent: "none", "none committed", "none in git", "nothing hardcoded", "zero". */
const NONE_STATE = /^(?:none|nothing|zero|0)(?![\w-])[.,]?\s*/;
/**
 * The readings of an item written as a label and its state (see LABEL_AND_STATE): the label followed by its state ("image
 * tags pinned", "tls 1.2+ only"), or, for a state that says it is absent, the label refused ("no hardcoded secrets", "no
 * secrets committed", "no secrets in git"). None for an item of another shape.
 */
function labelReadings(text: string): string[] {
  const m = LABEL_AND_STATE.exec(text);
  if (!m) return [];
  const [, label, state] = m as unknown as [string, string, string];
  if (/^(?:no|not|never|none)\b/.test(label)) return [];
  const none = NONE_STATE.exec(state);
  return [none ? `no ${label} ${state.slice(none[0].length)}`.trim() : `${label} ${state}`];
}

/**
 * The headings and the parent item as the rules' `context` reads them, one path. A document title that names the team's own
 * service (see OWN_SERVICE_TITLE: "# Payments API — PCI-DSS Go-Live Checklist") is read without the word that would make it
 * another system's: its TLS and certificate items are the deployment's, as under "# Checkout API". A section heading keeps it
 * ("## Payments" is the payment provider's).
 */
function contextText(context: MatchContext): string {
  const where = matchText([...context.headings, context.parent ?? ''].join(' / '));
  // The title is the path's first part: the word is read at its start.
  return context.titled && context.headings.length ? where.replace(OWN_SERVICE_TITLE, '$1') : where;
}

/** An item that states only the state of its topic: "Enabled with max-age ≥ 1 year", "Header present", "All set". */
const TOPIC_STATE = /^(?:(?:the )?(?:header|headers|flag|flags|setting|settings) )?(?:(?:is|are|must be|should be|always|all|both) )*(?:enabled|turned on|switched on|on|set|present|configured|in place|sent|active|enforced|required|implemented|added|applied)\b/;
/** The answer a health endpoint gives, stated alone under a health topic: "Responds with 200 OK", "Returns HTTP 200". */
const HEALTH_ANSWER = /^(?:returns?|responds?|answers?)(?: with)? (?:(?:an? |http |status )+)?(?:200|2xx)\b/;
/**
 * A URL path that looks like a health check's: a segment such as health, healthz, healthy, healthcheck, livez, liveness,
 * readyz, readiness, ping, status, up, heartbeat, alive, hc, with leading underscores ("/_health") too: "/healthz",
 * "/api/health", "/health/ready", "/-/healthy", "/actuator/health"; not "/", "/metrics", "/api/v1/users".
 */
const HEALTH_PATH = /(?:^|\/)_*(?:health(?:z|y|checks?|-checks?|_checks?)?|livez?|liveness|live|readyz?|readiness|ping|status|up|heartbeat|alive|hc)(?:\/|$)/;
/** A topic that names TLS ("TLS", "SSL/TLS", "TLS versions", "TLS configuration"). */
const TLS_TOPIC = /^(?:tls|ssl|tls\/ssl|ssl\/tls|ssl \/ tls|tls \/ ssl)(?: (?:versions?|protocols?|protocol versions?|config(?:uration)?|settings))?$/;
/** An item that starts with a TLS version number: "1.0 and 1.1 disabled", "Only 1.2 and 1.3", "At least 1.2". */
const BARE_TLS_VERSION = /^((?:only |at least |minimum(?: of)? )?)(v?1\.[0-3](?![\d.]))/;
/** A topic that names a health endpoint or health checks: "Health endpoint", "Health checks", "Healthcheck URLs". */
const HEALTH_TOPIC = /^health ?-?(?:checks?|check (?:endpoints?|routes?|urls?|paths?)|endpoints?|routes?|urls?|paths?)?$/;

/**
 * An item that states the topic's own attribute: "Max-age ≥ 1 year", "includeSubDomains", "Preload" under "HSTS" (or
 * "Strict-Transport-Security", "HSTS enabled").
 */
const ATTRIBUTE_OF_TOPIC = /^(?:hsts|strict-transport-security)(?: header)?(?: (?:is |are )?(?:enabled|on|set|sent|present|configured|in place|enforced))? (?:max-age|include_?subdomains|include subdomains|preload)\b/;

/** The topic a parent item or heading names, as written (its section number and trailing punctuation dropped). */
const topicTitle = (text: string | undefined) => (text ?? '').trim().replace(/^(?:\d+[.)]?)+\s*/, '').replace(/[\s:.!—–-]+$/, '');

/**
 * A parent item or heading that names a topic rather than a promise: at most four words once a section number and
 * trailing punctuation are dropped ("Database", "PostgreSQL", "3.2 HSTS", "CORS Configuration", "Cookies:").
 */
function topicOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = matchText(text).replace(/^(?:\d+[.)]?)+\s*/, '').replace(/[\s:.!—–-]+$/, '');
  return t && t.split(' ').length <= 4 ? t : undefined;
}

/** A topic as BARE_TOPIC reads it: a redirect that ends it names it ("HTTPS redirect"), as "redirection" does, not its state. */
const topicNoun = (topic: string) => topic.replace(/\bredirects?$/, 'redirection');

/** A bracketed aside within an item: "(Stripe, OpenAI)". */
const ASIDE = /\s*\([^()]*\)/g;

/**
 * A risk negated before the noun it qualifies, at the start of a clause: "No exposed databases", "No publicly reachable
 * Redis", "No committed `.env` files", "… , no exposed databases". Read as the English rules have it, after the noun:
 * "databases not exposed", ".env files not committed". The noun ends before a conjoined risk ("No exposed databases
 * and no committed `.env` files" reads both).
 */
const RISK_BEFORE_NOUN = /(^|[,;:] ?|\b(?:and|or|nor) )no ((?:publicly |externally |internet[- ])?(?:exposed|reachable|accessible|published)|committed|checked[- ]in|tracked)((?:(?! (?:and|or|nor) no\b)[^,;:()])+)/g;
/** The same with a word whose opposite is the safeguard: "No unpinned images" is "images pinned", "No insecure cookies" "cookies secure". */
const UNSAFE_BEFORE_NOUN = /(^|[,;:] ?|\b(?:and|or|nor) )no (?:un-?(pinned)|in(secure))((?:(?! (?:and|or|nor) no\b)[^,;:()])+)/g;

/**
 * Where a noun phrase's head ends: a preposition, a relative pronoun or a spaced dash ("Redis keys | in the frontend bundle",
 * "`.env.example` | without placeholder values").
 */
const HEAD_END = /\s(?:in|on|to|from|at|for|of|with|without|that|which|who|containing|inside|within|via|through|by|under|behind|outside|except|beyond|across|into|over|unless|lacking|missing|[—–-])(?=\s|$)/;
/** Qualifiers that pick some of what the head names ("… without placeholder values", "… that are not encrypted"): not all of it, as the checks read. */
const RESTRICTING = /^(?:with|without|that|which|who|containing|unless|lacking|missing)$/;
/** Words after a database that still name it ("database ports", "Redis instances", "Postgres servers"). */
const OF_A_DATABASE = / (?:ports?|servers?|instances?|services?|clusters?|nodes?|containers?|hosts?)$/;
/** A path or a dot-file, alone or as a folder, file or endpoint ("`.git` folder", "`/admin` endpoint", "`.env` files"). */
const PATH_HEAD = /(?:^|\s)[./][\w./-]*(?: (?:folders?|directories|directory|dirs?|files?|paths?|endpoints?|routes?))?$/;
/** An env file named as a word (`.env`, `.env.local`, `prod.env`) or env files in general ("env files", "dotenv files"). */
const ENV_FILE_HEAD = /(?:^|\s)((?:[\w-]+\/)*(?:\.env(?:\.[\w-]+)*|[\w-]+\.env))(?: files?)?$|(?:^|\s)(?:dotenv|env|environment) files?$/;
/** Secrets a commit can hold ("secrets", "credentials", "private keys", "API tokens", "`.pem` files"). */
const SECRET_HEAD = /(?:^|\s)(?:secrets?|credentials?|passwords?|tokens?|keys?|certificates?|certs?|keystores?|keyfiles?|\.pem(?: files?)?|\.key(?: files?)?)$/;

/**
 * Whether a risk negated before its noun ("No exposed …", "No committed …") is about what the checks read, so reading it
 * after the noun keeps its meaning: something exposed is a database (its ports, servers, instances) or a path; something
 * committed an env file (not a template: "No committed `.env.example` …" is about the template's values) or a secret. The
 * head of the noun phrase decides, not a word before it ("No exposed Redis keys in the frontend bundle" is about keys in
 * a bundle, not Redis's port), and a qualifier that picks some of them keeps the item manual.
 */
function riskOfTheNoun(risk: string, noun: string): boolean {
  const phrase = noun.trim();
  const end = HEAD_END.exec(phrase);
  if (end && RESTRICTING.test(end[0].trim())) return false;
  const head = (end ? phrase.slice(0, end.index) : phrase).trim();
  if (/^(?:committed|checked[- ]in|tracked)$/.test(risk)) {
    const env = ENV_FILE_HEAD.exec(head);
    if (env) return !(env[1] && isTemplate(env[1]));
    return SECRET_HEAD.test(head);
  }
  const last = head.replace(OF_A_DATABASE, '').split(' ').at(-1) ?? '';
  return /^(?:databases?|dbs?|datastores?)$/.test(last) || !!databaseOptionsNamed(last) || /\b(?:sql server|elastic search|oracle (?:db|database))$/.test(head) || PATH_HEAD.test(head);
}

/**
 * "Unprivileged" as teams write non-root ("Container runs unprivileged", "Containers run as an unprivileged user",
 * "Unprivileged containers"): read as "non-root" too, every non-root rule applying, where it says how a container or
 * process runs (see unprivilegedAsNonRoot). Not an unprivileged port, user namespace or mode (kernel and network settings).
 */
const UNPRIVILEGED = /\bunprivileged\b(?! (?:ports?|user ?namespaces?|userns|e?bpf|mode|clone|ping|icmp|containers? (?:runtime|mode))\b)/g;
/** What runs unprivileged, just before the word: "Container runs unprivileged", "run as an unprivileged user", "Containers are unprivileged". */
const RUNS_UNPRIVILEGED = /(?:\b(?:runs?|running|ran|executes?|executing|executed|started|starts?)(?: as)?(?: an?| the)?(?: (?:dedicated|separate|custom|specific|distinct|regular|normal|ordinary|non-login|system))?|\b(?:app|apps|application|process|processes|containers?|pods?|workloads?) (?:are|is|must be|should be|stay|stays|remain|remains)(?: all| always)?) $/;
/**
 * The container or process named unprivileged ("Unprivileged containers", "unprivileged processes only"), not negated or
 * refused later in its clause ("Unprivileged containers (LXC) are not used").
 */
const UNPRIVILEGED_CONTAINERS = /^ (?:containers?|pods?|process(?:es)?|workloads?)\b(?![^;]*(?:\b(?:not|never|no longer|without)\b|n't\b))/;
/**
 * Whether "unprivileged" at `at` in `text` says how the container or process runs, so it is read as "non-root": after a
 * run verb or a container as subject, or before the container's noun. Not an app permission or another subject: "Unprivileged
 * users cannot access the admin panel", "The unprivileged user cannot read the secrets file", "Unprivileged API tokens …".
 */
function unprivilegedAsNonRoot(text: string, at: number): boolean {
  return RUNS_UNPRIVILEGED.test(text.slice(Math.max(0, at - 60), at)) || UNPRIVILEGED_CONTAINERS.test(text.slice(at + 'unprivileged'.length));
}
/**
 * A qualifier between "no" and a secret ("No plaintext secrets in the repo", "No production credentials in git", "No real or
 * live API keys committed"): the secret checks read secret values whatever the qualifier, so the item is read without it too.
 */
const QUALIFIED_SECRETS = /\bno (?:(?:plain[- ]?text|clear[- ]?text|unencrypted|raw|real|live|production|prod|actual|sensitive|literal|static)(?:,? (?:or|and|nor) |\/| ))+(?=(?:(?:api|private|secret|access|aws|cloud|ssh) )?(?:secrets?|credentials?|passwords?|keys|tokens?)\b)/g;
/**
 * The same qualifier after the secret ("No secrets in plaintext in the repo", "No passwords in clear text in git", French
 * "Aucun secret en clair dans le dépôt" read in English): read without it too.
 */
const SECRETS_QUALIFIED_AFTER = /\b(no (?:(?:api|private|secret|access|aws|cloud|ssh) )?(?:secrets?|credentials?|passwords?|keys|tokens?)) (?:in (?:plain[- ]?text|clear[- ]?text|the clear|clear)|unencrypted)(?= (?:in|committed|checked|pushed)\b)/g;

/**
 * The texts the rules read for `text`: itself, with its synonyms read as the rules' words (see UNPRIVILEGED, QUALIFIED_SECRETS,
 * SECRETS_QUALIFIED_AFTER),
 * without its bracketed asides, with its risks negated before the noun read after it.
 */
function readings(said: string): string[] {
  const text = said.replace(UNPRIVILEGED, (m: string, at: number, all: string) => (unprivilegedAsNonRoot(all, at) ? 'non-root' : m)).replace(QUALIFIED_SECRETS, 'no ').replace(SECRETS_QUALIFIED_AFTER, '$1');
  const out = text === said ? [text] : [said, text];
  if (text.includes('(')) out.push(text.replace(ASIDE, ' ').replace(/ {2,}/g, ' '));
  const after = text.replace(RISK_BEFORE_NOUN, (m: string, lead: string, risk: string, noun: string) => (riskOfTheNoun(risk.replace(/^(?:publicly|externally|internet[- ]) /, ''), noun) ? `${lead}${noun.trimStart()} not ${risk}` : m))
    .replace(UNSAFE_BEFORE_NOUN, (_m, lead: string, pinned: string | undefined, secure: string | undefined, noun: string) => `${lead}${noun.trimStart()} ${pinned ?? secure}`);
  if (after !== text) out.push(after);
  return out;
}

/**
 * Every check whose rules bind `text` (see matchItem), with the words that matched. `underTopic`: only checks without
 * a `context` rule, each match reaching past `reachFrom` (into the item).
 */
function matchRules(text: string, where: string, near: readonly string[], underTopic?: { reachFrom: number }, shown?: string): Match {
  const checks: string[] = [];
  const why: string[] = [];
  const reachFrom = underTopic?.reachFrom ?? 0;
  // A health item that states its answer ("/healthz returns 200 without hitting the DB", "… (no DB query)") is vetoed by what
  // the endpoint does, not by a dependency it names only to refuse (see HEALTH_DEPENDENCY_REFUSED).
  const healthVetoText = HEALTH_ANSWER_STATED.test(text) ? text.replace(HEALTH_DEPENDENCY_REFUSED, ' ') : text;
  // A bracketed aside inside the promise withdraws nothing: "No API keys (Stripe, OpenAI) hard-coded in the repo" is
  // read as "No API keys hard-coded in the repo" too (the vetoes still read the whole item).
  // A risk negated before its noun is read after it too: "No exposed databases" as "databases not exposed".
  // (The same readings for every check: made once per text.)
  const reads = underTopic ? [text] : readings(text);
  for (const [id, list] of rules()) {
    if (underTopic && list.some((r) => r.context)) continue;
    for (const said of reads) {
      if (checks.at(-1) === id) break;
      for (const rule of list) {
        const m = rule.pattern.exec(said);
        // The match must reach past `reachFrom` (into the item, when it is read under a topic).
        if (!m || m.index + m[0].length <= reachFrom) continue;
        if (rule.context && !rule.context.test(where)) continue;
        if (rule.nearUnless && near.some((t) => rule.nearUnless!.test(t))) continue;
        if (rule.scopeUnless?.test(where ? `${text} / ${where}` : text)) continue;
        if (rule.unless?.test(id === HEALTH ? healthVetoText : text)) continue;
        // An aside in brackets speaks of something else ("HSTS header present (we will raise max-age later)").
        if (rule.clauseUnless?.test(clauseAt(said, m.index).replace(/\([^)]*\)/g, ' '))) continue;
        // A clause after the main one that defers its topic ("TLS 1.2+ enforced; HSTS soon") promises nothing of it.
        const at = clauseSpanAt(said, m.index);
        if (!at.first && defersClause(at.clause)) continue;
        checks.push(id);
        const words = shown !== undefined && said === text ? shownSpan(text, shown, m.index, m.index + m[0].length) : m[0];
        why.push(`"${words.length > 48 ? `${words.slice(0, 45)}…` : words}" → ${id}`);
        break;
      }
    }
  }
  // An item that opts out of a check it speaks of does not bind it; one whose main clause does is a declared exception,
  // its asides the reason ("No `HEALTHCHECK` in the Dockerfile (Kubernetes probes are used instead)"): it binds nothing.
  const stated = asideOfBareTopic(text);
  const headers = checks.includes(SECURITY) ? judgedHeaders(text) : undefined;
  // A topic and its aside ("HTTPS redirect (off for now)").
  const asideOf = /^([^(;]*?)\s*\(([^()]*)\)/.exec(text);
  const topicAside = asideOf && BARE_TOPIC.test(topicNoun(asideOf[1]!)) ? { topic: asideOf[1]!, state: asideOf[2]! } : undefined;
  const out = checks.map((id) => {
    // Every header the item names left out ("CSP relaxed for now") opts out; some of them narrow the check (its options),
    // whatever opts them out ("Security headers: CSP disabled", "X-Frame-Options set, CSP off for now").
    // What the item says of security headers as a whole still opts out ("No security headers; CSP disabled"), read
    // without the phrases that leave a header out (or "Security headers: CSP disabled" would read as headers disabled).
    if (id === SECURITY && headers) {
      if (!headers.length) return 'aside';
      if (headersLeftOut(text).length) return optOutOf(withoutHeadersLeftOut(text), id);
    }
    // A topic naming the safeguard whose aside says it is off ("HSTS (off for now)", "HTTPS redirect (❌ off)").
    if (topicAside && switchedOffBy(topicAside.topic, topicAside.state, id)) return 'main';
    const optOut = stated ? optOutOf(stated.text, id, stated.at) : optOutOf(text, id);
    // One probe promised and the other waived beside it ("Liveness probes (no readiness probes: the mesh handles it)",
    // "Every Deployment has a liveness probe; readiness probes are not used"): the check binds with that probe alone.
    return optOut === 'aside' && id === PROBES && promisedProbes(text).length === 1 ? undefined : optOut;
  });
  if (out.includes('main')) return { checks: [], matchedBy: '' };
  return { checks: checks.filter((_, i) => !out[i]), matchedBy: why.filter((_, i) => !out[i]).join(', ') };
}

/**
 * The span `start`–`end` of `text` as `shown` has it: `shown` is `text` with quoted markers kept (see normaliseTitle), so
 * the two differ only by characters `shown` has in addition.
 */
function shownSpan(text: string, shown: string, start: number, end: number): string {
  let j = 0;
  let from = 0;
  for (let i = 0; i < end; i++, j++) {
    while (j < shown.length && shown[j] !== text[i]) j++;
    if (i === start) from = j;
  }
  // Not aligned (not expected): the words as the rules read them.
  return j <= shown.length && (end === start || shown[j - 1] === text[end - 1]) ? shown.slice(from, j) : text.slice(start, end);
}

/**
 * Fills `checks` and `matchedBy` of every item without an explicit binding. `hints` (from the
 * Markdown parser) give the parent item and say which items were bound or kept manual explicitly;
 * without a hint, an item that already has checks is left alone. Numbers the item states become
 * options ("valid for at least 60 days" → certificate `min-days: 60`), on explicitly bound items
 * too (`<!-- preflight: ID -->` chooses the check, not its threshold). Bare URL paths nested under an
 * item bound to `health-endpoint` bind to it with `options.paths`, and the parent checks them all; a parent
 * that names health checks alone ("Health checks") is bound by the paths under it.
 * Idempotent: an item is judged once (`parseMarkdownChecklist` already calls this), so a second
 * call cannot bind an item that `<!-- preflight: manual -->` kept manual.
 */
export function bindChecklist(checklist: Checklist, hints: ReadonlyMap<ChecklistItem, BindingHint> = new Map()): Checklist {
  const fresh = new Set<ChecklistItem>();
  const children = new Map<ChecklistItem, ChecklistItem[]>();
  for (const [child, hint] of hints) if (hint.parentItem) children.set(hint.parentItem, [...(children.get(hint.parentItem) ?? []), child]);
  // Items that defer, waive or withdraw themselves (see parentDefers: "Security headers — waived for launch (SEC-1234)",
  // "HSTS — not applicable"), and the sub-items under them: a sub-item is part of its parent's promise, so it is deferred
  // with it (as under a heading for deferred work), whatever it names ("Content-Security-Policy without `unsafe-inline`").
  // An explicitly bound sub-item keeps its binding (the author's), and a parent explicitly bound to checks defers nothing (the
  // author says what it promises); a parent kept manual explicitly (`<!-- preflight: manual -->`) whose text defers, waives or
  // withdraws itself defers its sub-items as any other such parent does, as does an explicitly bound sub-item kept manual.
  const deferred = new Set<ChecklistItem>();
  for (const item of checklist.items) {
    const hint = hints.get(item);
    if (settled.has(item)) continue;
    settled.add(item);
    fresh.add(item);
    if (hint ? hint.explicit : item.checks.length) {
      // Bound by `<!-- preflight: ID -->`: the binding is the author's, the numbers stated still count.
      if (hint?.explicit && item.checks.length) readStatedOptions(item, hint.promise);
      else if (hint?.parentItem && deferred.has(hint.parentItem)) deferred.add(item);
      else if (hint?.explicit && parentDefers(portugueseInThe(withoutPreamble(matchText(statusSpelled(titleRead(hint.promise ?? item.title ?? ''))))))) deferred.add(item);
      continue;
    }
    // Its status read however it is spelled ("— ⏳ pending", "[WIP] …", "-- pending"): see statusSpelled.
    const text = statusSpelled(titleRead(hint?.promise ?? item.title ?? ''));
    if ((hint?.parentItem && deferred.has(hint.parentItem)) || hint?.containers?.some(containerDefers)) {
      deferred.add(item);
      continue;
    }
    if (parentDefers(portugueseInThe(withoutPreamble(matchText(text))))) deferred.add(item);
    const context = { headings: hint?.headings ?? item.group ?? [], parent: hint?.parent, titled: hint?.headings !== undefined };
    let m = matchItem(text, context);
    // "Add security headers in settings.py:" followed by `- SECURE_SSL_REDIRECT = True`…: the bullets are the promise.
    if (hint?.details?.length && /:\s*$/.test(text)) {
      const parts = hint.details.map((d) => matchItem(d, { headings: context.headings, parent: text, titled: context.titled }));
      const checks = [...new Set(parts.flatMap((p) => p.checks))];
      // Their numbers and names are the item's too (`SECURE_HSTS_SECONDS = 31536000` → hsts min-max-age).
      if (checks.length) m = { checks, matchedBy: parts.map((p) => p.matchedBy).filter(Boolean).join(', '), readAs: [text, ...hint.details].join('; ') };
    }
    if (m.checks.length) m = stateFromChildren(text, m, children.get(item) ?? []);
    if (!m.checks.length) {
      // A not-done status ("— not done", "(Status: To Do)") keeps the item manual and pending. When the item names a check
      // but for it, a tick does not sign it off: a tick in the checklist claims the work done, and the check decides it
      // (DESIGN: on a bound item the check still runs); a tick in the pull request signs nothing off (see notDoneChecks).
      const rest = notDoneReading(text);
      const named = rest ? matchItem(rest, context) : undefined;
      if (named?.checks.length) {
        if (item.signedOff) {
          applyBinding(item, named.checks, `${named.matchedBy} (ticked: the check decides it, not the status beside the box)`);
          readStatedOptions(item, named.readAs ?? rest);
        } else item.notDoneChecks = named.checks;
      }
      continue;
    }
    applyBinding(item, m.checks, m.matchedBy);
    readStatedOptions(item, m.readAs ?? hint?.promise);
  }
  // "Health checks" with bare URL paths under it (task items or plain bullets): the paths say which health checks they are.
  const withPaths = new Set(checklist.items.filter((i) => pathItem(i.title ?? '') !== undefined && !hints.get(i)?.explicit).map((i) => hints.get(i)?.parentItem));
  for (const item of fresh) {
    const hint = hints.get(item);
    if (!hint || hint.explicit || item.checks.length || item.withdrawn || !(hint.paths?.length || withPaths.has(item)) || !healthChecksNamed(item, hint)) continue;
    applyBinding(item, [HEALTH], `"${matchText(item.title ?? '')}" with URL paths under it → ${HEALTH}`);
  }
  const paths = new Map<ChecklistItem, string[]>();
  for (const [item, hint] of hints) {
    if (fresh.has(item) && hint.paths?.length && item.checks.includes(HEALTH)) paths.set(item, [...hint.paths]);
  }
  for (const item of checklist.items) {
    const parent = hints.get(item)?.parentItem;
    const path = parent?.checks.includes(HEALTH) && !hints.get(item)?.explicit ? pathItem(item.title ?? '') : undefined;
    if (!parent || path === undefined) continue;
    // A path item bound by its own words ("/readyz → 200") is one of the parent's paths too.
    if (item.checks.length && !(item.checks.length === 1 && item.checks[0] === HEALTH)) continue;
    if (!item.checks.length) {
      applyBinding(item, [HEALTH], `path under "${parent.title}" → ${HEALTH}`);
      item.options = { paths: [path] };
    }
    paths.set(parent, [...(paths.get(parent) ?? []), path]);
  }
  // The parent checks every path listed under it, beside any option its text stated.
  for (const [parent, list] of paths) {
    const own = (parent.options ?? {}) as Record<string, unknown>;
    // Beside the paths its own text names.
    const merged = (stated: unknown) => [...new Set([...(Array.isArray(stated) ? (stated as string[]) : []), ...list])];
    const nested = own[HEALTH] as Record<string, unknown> | undefined;
    parent.options = parent.checks.length === 1 ? { ...own, paths: merged(own['paths']) } : { ...own, [HEALTH]: { ...nested, paths: merged(nested?.['paths']) } };
  }
  return checklist;
}

/**
 * A nested item that is only a status ("Pending", "Blocked by MOB-233", "WIP — SEC-12", "Not yet (SEC-88)", "Later", "[OPS-1]
 * pending": a ticket or an owner before it too), or a
 * state switching the safeguard off ("Off for now (SEC-88)", "Disabled"), under a bare topic ("- [ ] HSTS" / "  - [ ] Off
 * for now"): it is the topic's state, as an aside is ("HSTS (off for now)"). Only the status, a ticket or a bracketed
 * reason: a sub-task or a scope note that starts with one ("TODO: add DB check to it", "N/A for the internal admin host")
 * is another item.
 */
const STATUS_REST = String.raw`(?:(?:\s*[:,—–-]\s*|\s*)(?:\([^()]*\)|[\p{L}]+-\d+|#\d+|@[\w-]+(?![\w-])|for now|yet))*\s*[.!]*$`;
/**
 * What stands between the references before a status ("[OPS-1] — @bob: pending"): no letter or digit, and no `#` or `@`
 * that opens a reference, so each reference is read one way only (the filler taking the `@_` a reference takes made a
 * failing match try every split).
 */
const STATUS_FILLER = String.raw`(?:[^\p{L}\p{N}@#]|#(?!\d)|@(?![\w-]))*`;
const STATUS_ITEM = new RegExp(String.raw`^${STATUS_FILLER}(?:(?:${REFERENCE})${STATUS_FILLER})*(?:${DEFERRAL_STATUS}|not yet|later|to-?do|tbd|n\/a|skip(?:ped)?)(?![\p{L}\p{N}_-])${STATUS_REST}`, 'iu');
/** "Blocked" alone, with a ticket, or with what blocks it ("Blocked by MOB-233", "Blocked on the CDN migration"). */
const BLOCKED_ITEM = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:blocked|blockiert|bloquée?s?|bloquead[oa]s?)(?![\p{L}\p{N}_-])(?:\s+(?:by|on|durch|par|por)\s[^;]+$|${STATUS_REST})`, 'iu');
/** `m` without the checks a bare topic's nested status items defer or switch off (see STATUS_ITEM). */
function stateFromChildren(text: string, m: Match, children: readonly ChecklistItem[]): Match {
  const topic = matchText(text);
  if (!children.length || !BARE_TOPIC.test(topicNoun(topic))) return m;
  const states = children.map((c) => matchText(c.title ?? ''));
  if (states.some((s) => STATUS_ITEM.test(s) || (BLOCKED_ITEM.test(s) && !BLOCKED_IS_THE_PROMISE.test(`${topic} ${s}`)))) return { checks: [], matchedBy: '' };
  const off = m.checks.filter((id) => states.some((s) => switchedOffBy(topic, s, id)));
  if (!off.length) return m;
  return { ...m, checks: m.checks.filter((id) => !off.includes(id)), matchedBy: m.matchedBy.split(/, (?=")/).filter((w) => !off.some((id) => w.endsWith(`→ ${id}`) || w.includes(`→ ${id} (the item read under `))).join(', ') };
}

/** An item that names health checks and nothing more: "Health checks", "Healthchecks:", "3. Health". */
const HEALTH_CHECKS_ONLY = /^(?:health|health ?-?checks?)$/;
/** What makes health checks a container's or a monitor's: Docker's HEALTHCHECK, Kubernetes probes, an uptime monitor. */
const NOT_THE_DEPLOYMENTS_HEALTH = /\b(?:docker\w*|containers?|kubernetes|k8s|pods?|helm|compose)\b/;
/**
 * What a monitoring section names beside monitoring and still is one: "Monitoring & alerting", "Logging and monitoring",
 * "Metrics, dashboards and alerts", "Health checks and monitoring".
 */
const MONITORING_KIN = /^(?:(?:the |our )?(?:logging|logs?|log management|metrics|dashboards?|tracing|telemetry|on-?call|paging|pager ?duty|incidents?(?: response| management)?|slos?|slis?|slas?|error (?:tracking|reporting)|apm|notifications?|status pages?|health(?: ?-?checks?)?)|)$/;
/**
 * Whether one of the headings or the parent item (`texts`, each one's text on its own: a heading may hold " / " itself) is
 * about monitoring alone ("Monitoring", "Uptime monitoring", "Monitoring with Datadog", "Monitoring & alerting",
 * "Observability (Datadog)"): its health checks are an uptime monitor's. One that names monitoring beside another subject
 * is that subject's too ("Monitoring and server management", the Google SRE launch checklist's; "Ops & monitoring", "Ops /
 * Monitoring"): a "Health checks" item with paths under it there is the deployment's, as under "## Ops".
 */
function monitorsSection(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const heading = matchText(text);
    if (!MONITORING.test(heading)) return false;
    const parts = heading.replace(/\([^()]*\)/g, ' ').replace(/^[^\p{L}\p{N}]*(?:\d+[.)]?)*\s*/u, '').replace(/[\s:.!—–-]+$/, '')
      .split(/\s*(?:[,&+;]|\/|\b(?:and|or|und|et|y|e)\b)\s*/);
    return parts.every((part) => MONITORING.test(part) || MONITORING_KIN.test(part.trim()));
  });
}

/**
 * Whether a parent item names health checks alone, outside a container's or a monitor's section and a section of no
 * promises ("## Later"): with bare URL paths under it ("- [ ] Health checks" / "  - [ ] `/health/live`") it promises
 * that those paths answer, as "Health endpoints" with paths under it does.
 */
function healthChecksNamed(item: ChecklistItem, hint: BindingHint): boolean {
  const text = topicOf(item.title ?? undefined);
  if (!text || !HEALTH_CHECKS_ONLY.test(text)) return false;
  const around = [...(hint.headings ?? item.group ?? []), hint.parent ?? ''];
  const where = matchText(around.join(' / '));
  if (NOT_THE_DEPLOYMENTS_HEALTH.test(where) || monitorsSection(around)) return false;
  return !isNoPromise(text, where, normalised(item.title ?? ''));
}

/**
 * German, French, Spanish and Portuguese: the number words one to twelve (as English NUMBER_WORDS has them) and the units
 * of time. A number word is read only before a unit of its own language ("einem Jahr", "un an", "dos años", "sechs
 * Monate", "doze meses"): not "once an hour" (Spanish eleven, French year) nor Portuguese "dos dias" (of the days).
 */
const FOREIGN_LANGUAGES: readonly { numbers: Readonly<Record<string, number>>; years: string; months: string; weeks: string; days: string }[] = [
  {
    numbers: { ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12 },
    years: String.raw`jahr(?:e|en|es)?`, months: String.raw`monat(?:e|en|s)?`, weeks: String.raw`wochen?`, days: String.raw`tag(?:e|en|es)?`,
  },
  {
    numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
    years: String.raw`ans?|années?`, months: 'mois', weeks: String.raw`semaines?`, days: String.raw`jours?`,
  },
  {
    numbers: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
    years: String.raw`años?`, months: String.raw`mes(?:es)?`, weeks: String.raw`semanas?`, days: String.raw`días?`,
  },
  {
    numbers: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12 },
    years: String.raw`anos?`, months: String.raw`mês|mes(?:es)?`, weeks: String.raw`semanas?`, days: String.raw`dias?`,
  },
];
const FOREIGN_NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...FOREIGN_LANGUAGES.map((l) => l.numbers));
const FOREIGN_AMOUNT_WORD = new RegExp(FOREIGN_LANGUAGES.map((l) => `(?<![\\wà-ÿ])(?:${Object.keys(l.numbers).join('|')}) (?=(?:${[l.years, l.months, l.weeks, l.days].join('|')})(?![\\wà-ÿ]))`).join('|'), 'g');
const UNIT_NAMES = ['years', 'months', 'weeks', 'days'] as const;
// A digit, then one group per unit, in any of those languages: "1 Jahr" → "1 years", "6 meses" → "6 months".
const FOREIGN_UNIT_AFTER_DIGITS = new RegExp(`(\\d) ?(?:${UNIT_NAMES.map((u) => `(${FOREIGN_LANGUAGES.map((l) => l[u]).join('|')})`).join('|')})(?![\\wà-ÿ])`, 'g');

/**
 * Japanese and Chinese amounts of time: digits or a numeral one to twelve (一…十二, 两) before a unit ("1 年", "1年", "一年",
 * "6 か月", "6ヶ月", "六个月", "2 週間", "30 天", "30 日間", "300 秒"; "半年" is 6 months), with "at least" before it
 * ("至少", "不少于", "最低", "少なくとも") or after it ("以上"). A month needs its counter ("6月" is June), a day in Japanese its
 * "間" or "以上" ("30日" is a date).
 */
const CJK_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const CJK_DURATION = /(至少|不少于|不少於|不低于|不低於|最少|最低でも|最低|少なくとも)?\s?(\d{1,10}|十[一二]?|[一二两兩三四五六七八九]|半)\s?(年(?:間|(?!\s?\d{1,2}\s?月))|(?:个|個|か|ヶ|ケ|カ|ヵ|箇)月間?|周|週間?|星期|天|日間|日(?=\s?以上)|秒)(?:\s?(?:或|及)?以上)?/g;
const CJK_UNITS: readonly [RegExp, string][] = [[/^年/, 'years'], [/月/, 'months'], [/^(?:周|週|星期)/, 'weeks'], [/^(?:天|日)/, 'days'], [/^秒/, 's']];
/** `text` with its Japanese and Chinese amounts of time in English (see CJK_DURATION); "max-age は/为 …" as "max-age …". */
function cjkAmountsInEnglish(text: string): string {
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return text;
  return text
    .replace(CJK_DURATION, (m: string, least: string | undefined, amount: string, unit: string) => {
      const after = /以上$/.test(m);
      const n = amount === '半' ? (unit.startsWith('年') ? 6 : undefined) : CJK_NUMBERS[amount] ?? Number(amount);
      const name = amount === '半' ? 'months' : CJK_UNITS.find(([re]) => re.test(unit))?.[1];
      return n === undefined || name === undefined ? m : ` ${least || after ? 'at least ' : ''}${n} ${name} `;
    })
    .replace(/\bmax-age\s?(?:は|を|が|の|为|為|是|设为|設為|设置为|設置為|：)\s?/g, 'max-age ');
}

/**
 * Amounts stated in German, French, Spanish or Portuguese read as English ones: "max-age mindestens 1 Jahr" as "max-age
 * at least 1 year", "al menos 6 meses" as "at least 6 months", "au moins 30 jours" as "at least 30 days"; in words too
 * ("mindestens einem Jahr", "au moins un an", "dos años", "sechs Monate"). "max-age von/de/d'/da/do" is "max-age of".
 */
function amountsInEnglish(text: string): string {
  return cjkAmountsInEnglish(text)
    .replace(FOREIGN_AMOUNT_WORD, (m) => `${FOREIGN_NUMBER_WORDS[m.trimEnd()]} `)
    .replace(/\bmax-age (?:(?:von|de|da|do) |d')(?=\d|mindestens|au moins|al menos|pelo menos|no mínimo)/g, 'max-age of ')
    .replace(/\b(?:mindestens|au moins|al menos|pelo menos|no mínimo|(?:frühestens|fruehestens) in)(?= ?\d)/g, 'at least')
    // A response-time bound: "unter 300 ms", "inférieur à 300 ms", "por debajo de 300 ms", "abaixo de 300 ms".
    .replace(/(?<![\wà-ÿ])(?:in unter|unter|weniger als|höchstens|hoechstens|maximal|innerhalb(?: von)?|(?:en )?moins de|inférieure?s? à|inferieure?s? a|sous|au plus|au maximum|(?:en )?menos de|menor(?:es)? (?:a|que|de)|por debajo de|inferior(?:es)? a|como máximo|(?:em )?menos de|abaixo de|menor(?:es)? (?:do )?que|no máximo)(?= ?\d)/g, 'under')
    .replace(/(\d) ?(?:millisekunden|millisecondes?|milisegundos?|milissegundos?)(?![\wà-ÿ])/g, '$1 ms')
    .replace(/(\d) ?(?:sekunden?|secondes?|segundos?)(?![\wà-ÿ])/g, '$1 s')
    .replace(FOREIGN_UNIT_AFTER_DIGITS, (_m, digit: string, ...units: unknown[]) => `${digit} ${UNIT_NAMES[units.slice(0, UNIT_NAMES.length).findIndex(Boolean)]}`);
}

/**
 * Numbers an item states become options of the checks it is bound to ("at least 60 days" → min-days).
 * Read from what it promises: struck-through words (`~~300~~ 31536000`) state nothing.
 */
function readStatedOptions(item: ChecklistItem, promise?: string): void {
  if (item.options) return;
  const said = promise ?? item.title ?? '';
  const text = amountsInEnglish(matchText(said));
  const options = Object.fromEntries(item.checks.flatMap((id) => {
    const o = OPTION_READERS[id]?.(text, said);
    return o ? [[id, o] as const] : [];
  }));
  const keys = Object.keys(options);
  if (keys.length) item.options = item.checks.length === 1 ? options[keys[0]!] : options;
}

function applyBinding(item: ChecklistItem, checks: string[], matchedBy: string): void {
  item.checks = checks;
  item.matchedBy = matchedBy;
  // A tick on a bound item is only shown: the check decides, not the box.
  if (item.signedOff) { delete item.signedOff; item.ticked = true; }
}

/** Catalogue checks that no item of the checklist binds: the summary lists them for the team. */
export function uncoveredChecks(checklist: Checklist): string[] {
  const covered = new Set(checklist.items.flatMap((i) => i.checks));
  return [...catalogue().keys()].filter((id) => !covered.has(id)).sort();
}

/**
 * The checks a manual YAML item's title names but for a not-done status standing as its state ("Debug mode is off in
 * production — pending", as `preflight import` writes a Markdown item's title): read as bindChecklist reads a Markdown
 * item (notDoneReading, then the matcher on the rest, under the item's group), so a tick in the pull request does not sign
 * it off in YAML either (see ChecklistItem.notDoneChecks). Undefined when the title has no such status or names no check.
 */
export function notDoneChecksOfTitle(title: string, group: readonly string[] = []): string[] | undefined {
  const rest = notDoneReading(titleRead(title));
  const named = rest ? matchItem(rest, { headings: group }) : undefined;
  return named?.checks.length ? named.checks : undefined;
}
