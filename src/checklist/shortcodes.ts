/**
 * GitHub's shortcodes (gemoji names) of the emoji that checklist titles carry — checks and crosses, status circles, warnings,
 * locks, tools, clocks, documents — each to its emoji without variation selector. A shortcode not here stands for no emoji.
 * One table for every reader of checklist marks: the sign-off matcher (a `:shortcode:` tick for a title's emoji,
 * gate/attest.ts), the status spellings (`— :hourglass: pending`, matcher.ts) and a table's status cells (markdown.ts).
 */
export const SHORTCODES: ReadonlyMap<string, string> = new Map([
  [':white_check_mark:', '\u{2705}'], [':heavy_check_mark:', '\u{2714}'], [':ballot_box_with_check:', '\u{2611}'],
  [':x:', '\u{274C}'], [':negative_squared_cross_mark:', '\u{274E}'], [':heavy_multiplication_x:', '\u{2716}'], [':warning:', '\u{26A0}'],
  [':rocket:', '\u{1F680}'], [':lock:', '\u{1F512}'], [':unlock:', '\u{1F513}'], [':key:', '\u{1F511}'],
  [':closed_lock_with_key:', '\u{1F510}'], [':lock_with_ink_pen:', '\u{1F50F}'], [':fire:', '\u{1F525}'],
  [':bug:', '\u{1F41B}'], [':construction:', '\u{1F6A7}'], [':rotating_light:', '\u{1F6A8}'], [':memo:', '\u{1F4DD}'],
  [':pencil:', '\u{1F4DD}'], [':pencil2:', '\u{270F}'], [':bell:', '\u{1F514}'], [':no_bell:', '\u{1F515}'],
  [':eyes:', '\u{1F440}'], [':+1:', '\u{1F44D}'], [':thumbsup:', '\u{1F44D}'], [':-1:', '\u{1F44E}'],
  [':thumbsdown:', '\u{1F44E}'], [':tada:', '\u{1F389}'], [':sparkles:', '\u{2728}'], [':star:', '\u{2B50}'],
  [':zap:', '\u{26A1}'], [':boom:', '\u{1F4A5}'], [':bomb:', '\u{1F4A3}'], [':hammer:', '\u{1F528}'],
  [':wrench:', '\u{1F527}'], [':gear:', '\u{2699}'], [':hammer_and_wrench:', '\u{1F6E0}'], [':shield:', '\u{1F6E1}'],
  [':mag:', '\u{1F50D}'], [':mag_right:', '\u{1F50E}'], [':bar_chart:', '\u{1F4CA}'],
  [':chart_with_upwards_trend:', '\u{1F4C8}'], [':chart_with_downwards_trend:', '\u{1F4C9}'],
  [':clipboard:', '\u{1F4CB}'], [':calendar:', '\u{1F4C6}'], [':date:', '\u{1F4C5}'],
  [':spiral_calendar:', '\u{1F5D3}'], [':hourglass:', '\u{231B}'], [':hourglass_flowing_sand:', '\u{23F3}'],
  [':stopwatch:', '\u{23F1}'], [':alarm_clock:', '\u{23F0}'], [':package:', '\u{1F4E6}'], [':whale:', '\u{1F433}'],
  [':globe_with_meridians:', '\u{1F310}'], [':link:', '\u{1F517}'], [':email:', '\u{1F4E7}'],
  [':envelope:', '\u{2709}'], [':computer:', '\u{1F4BB}'], [':floppy_disk:', '\u{1F4BE}'],
  [':file_folder:', '\u{1F4C1}'], [':open_file_folder:', '\u{1F4C2}'], [':card_file_box:', '\u{1F5C3}'],
  [':books:', '\u{1F4DA}'], [':book:', '\u{1F4D6}'], [':bookmark:', '\u{1F516}'], [':pushpin:', '\u{1F4CC}'],
  [':round_pushpin:', '\u{1F4CD}'], [':paperclip:', '\u{1F4CE}'], [':heavy_plus_sign:', '\u{2795}'],
  [':heavy_minus_sign:', '\u{2796}'], [':question:', '\u{2753}'], [':grey_question:', '\u{2754}'],
  [':exclamation:', '\u{2757}'], [':heavy_exclamation_mark:', '\u{2757}'], [':grey_exclamation:', '\u{2755}'],
  [':bangbang:', '\u{203C}'], [':no_entry:', '\u{26D4}'], [':no_entry_sign:', '\u{1F6AB}'],
  [':stop_sign:', '\u{1F6D1}'], [':red_circle:', '\u{1F534}'], [':large_blue_circle:', '\u{1F535}'],
  [':blue_circle:', '\u{1F535}'], [':green_circle:', '\u{1F7E2}'], [':yellow_circle:', '\u{1F7E1}'],
  [':orange_circle:', '\u{1F7E0}'], [':white_circle:', '\u{26AA}'], [':black_circle:', '\u{26AB}'],
  [':green_heart:', '\u{1F49A}'], [':heart:', '\u{2764}'], [':new:', '\u{1F195}'], [':sos:', '\u{1F198}'],
  [':information_source:', '\u{2139}'], [':bulb:', '\u{1F4A1}'], [':recycle:', '\u{267B}'],
  [':arrows_counterclockwise:', '\u{1F504}'], [':repeat:', '\u{1F501}'], [':arrow_right:', '\u{27A1}'],
  [':arrow_left:', '\u{2B05}'], [':arrow_up:', '\u{2B06}'], [':arrow_down:', '\u{2B07}'],
  [':point_right:', '\u{1F449}'], [':muscle:', '\u{1F4AA}'], [':pray:', '\u{1F64F}'], [':clap:', '\u{1F44F}'],
  [':cloud:', '\u{2601}'], [':sunny:', '\u{2600}'], [':snowflake:', '\u{2744}'], [':police_officer:', '\u{1F46E}'],
  [':cop:', '\u{1F46E}'], [':robot:', '\u{1F916}'], [':busts_in_silhouette:', '\u{1F465}'],
  [':bust_in_silhouette:', '\u{1F464}'], [':speech_balloon:', '\u{1F4AC}'], [':loudspeaker:', '\u{1F4E2}'],
  [':mega:', '\u{1F4E3}'], [':satellite:', '\u{1F4E1}'], [':test_tube:', '\u{1F9EA}'], [':microscope:', '\u{1F52C}'],
  [':toolbox:', '\u{1F9F0}'], [':chains:', '\u{26D3}'], [':scroll:', '\u{1F4DC}'], [':page_facing_up:', '\u{1F4C4}'],
  [':trophy:', '\u{1F3C6}'], [':checkered_flag:', '\u{1F3C1}'], [':triangular_flag_on_post:', '\u{1F6A9}'],
  [':vertical_traffic_light:', '\u{1F6A6}'], [':traffic_light:', '\u{1F6A5}'], [':moneybag:', '\u{1F4B0}'],
  [':skull:', '\u{1F480}'], [':skull_and_crossbones:', '\u{2620}'], [':ambulance:', '\u{1F691}'],
  [':fire_engine:', '\u{1F692}'], [':ship:', '\u{1F6A2}'], [':airplane:', '\u{2708}'], [':hospital:', '\u{1F3E5}'],
  [':dart:', '\u{1F3AF}'], [':label:', '\u{1F3F7}'], [':inbox_tray:', '\u{1F4E5}'], [':outbox_tray:', '\u{1F4E4}']
]);

/**
 * A regex source for one of `marks` (emoji, each optionally followed by the emoji variation selector) or a shortcode GitHub
 * renders as one of them (SHORTCODES); for a regex with the `u` flag.
 */
export function markPattern(marks: string): string {
  const chars = new Set([...marks]);
  const names = [...SHORTCODES].filter(([, emoji]) => chars.has(emoji)).map(([code]) => code.slice(1, -1).replace(/[+-]/g, '\\$&'));
  return `(?:[${marks}]\uFE0F?${names.length ? `|:(?:${names.join('|')}):` : ''})`;
}
