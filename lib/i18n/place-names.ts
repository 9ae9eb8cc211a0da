import type { Locale } from "./locales";

type Translated = Record<Exclude<Locale, "en">, string>;

/**
 * Disputed places and seas, one table for every language. The order rule is the same in every
 * language and does not depend on the reader's: the name used by the state that administers the
 * place comes first; for a sea, which no state administers, the name in the International
 * Hydrographic Organization's "Limits of Oceans and Seas" (S-23) comes first. So Dokdo (Korea
 * administers) / Takeshima; Senkaku (Japan) / Diaoyu; Ieodo (Korea's station) / Socotra Rock (the
 * international name); Sea of Japan (S-23) / East Sea. The methodology page states it in each
 * language (messages/<locale>.json, Methodology.naming).
 */
export const DISPUTED_NAMES: Record<string, Translated> = {
  "Dokdo / Takeshima": { ja: "独島／竹島", ko: "독도／다케시마", zh: "独岛／竹岛", ru: "Токто / Такэсима" },
  // In Chinese 东海 alone is the East China Sea: Korea's East Sea is marked as Korea's name.
  "Sea of Japan / East Sea": { ja: "日本海／東海", ko: "일본해／동해", zh: "日本海／东海（韩国称）", ru: "Японское море / Восточное море" },
  "Senkaku / Diaoyu Islands": { ja: "尖閣諸島／釣魚島", ko: "센카쿠 열도／댜오위다오", zh: "尖阁诸岛／钓鱼岛", ru: "острова Сенкаку / Дяоюйдао" },
  "Ieodo / Socotra Rock": { ja: "離於島／ソコトラ岩", ko: "이어도／소코트라 암초", zh: "离於岛／苏岩礁", ru: "Иодо / скала Сокотра" },
};

/** Every other place and air base the data names, in each language's usual form. */
const OTHER_NAMES: Record<string, Translated> = {
  "Attu Island": { ja: "アッツ島", ko: "애투섬", zh: "阿图岛", ru: "остров Атту" },
  "Bering Sea": { ja: "ベーリング海", ko: "베링해", zh: "白令海", ru: "Берингово море" },
  "Bering Strait": { ja: "ベーリング海峡", ko: "베링 해협", zh: "白令海峡", ru: "Берингов пролив" },
  "Chukchi Sea": { ja: "チュクチ海", ko: "추코트해", zh: "楚科奇海", ru: "Чукотское море" },
  "East China Sea": { ja: "東シナ海", ko: "동중국해", zh: "东海", ru: "Восточно-Китайское море" },
  "Goto Islands": { ja: "五島列島", ko: "고토 열도", zh: "五岛列岛", ru: "острова Гото" },
  "Iki Island": { ja: "壱岐島", ko: "이키섬", zh: "壹岐岛", ru: "остров Ики" },
  "Jeju Island": { ja: "済州島", ko: "제주도", zh: "济州岛", ru: "остров Чеджудо" },
  "Miyako Island": { ja: "宮古島", ko: "미야코섬", zh: "宫古岛", ru: "остров Мияко" },
  "Miyako Strait": { ja: "宮古海峡", ko: "미야코 해협", zh: "宫古海峡", ru: "пролив Мияко" },
  "Noto Peninsula": { ja: "能登半島", ko: "노토반도", zh: "能登半岛", ru: "полуостров Ното" },
  "Okinawa Island": { ja: "沖縄本島", ko: "오키나와섬", zh: "冲绳岛", ru: "остров Окинава" },
  "Pacific Ocean": { ja: "太平洋", ko: "태평양", zh: "太平洋", ru: "Тихий океан" },
  Pohang: { ja: "浦項", ko: "포항", zh: "浦项", ru: "Пхохан" },
  "Rebun Island": { ja: "礼文島", ko: "레분섬", zh: "礼文岛", ru: "остров Ребун" },
  Shikoku: { ja: "四国", ko: "시코쿠", zh: "四国", ru: "Сикоку" },
  // Not 南海 in Chinese, which is the South China Sea.
  "South Sea (off southern Korea)": { ja: "南海（韓国南方沖）", ko: "남해", zh: "韩国南部海域", ru: "Южное море (у юга Кореи)" },
  "Split near 27°N": { ja: "北緯27度付近で分離", ko: "북위 27도 부근 분리", zh: "北纬27度附近分离", ru: "Разделение у 27° с. ш." },
  "Turn near 27°N": { ja: "北緯27度付近で反転", ko: "북위 27도 부근 선회", zh: "北纬27度附近转向", ru: "Разворот у 27° с. ш." },
  "St. Lawrence Island": { ja: "セントローレンス島", ko: "세인트로렌스섬", zh: "圣劳伦斯岛", ru: "остров Святого Лаврентия" },
  "Tsushima Strait": { ja: "対馬海峡", ko: "쓰시마 해협", zh: "对马海峡", ru: "Цусимский пролив" },
  Tsushima: { ja: "対馬", ko: "쓰시마", zh: "对马岛", ru: "Цусима" },
  Ulleungdo: { ja: "鬱陵島", ko: "울릉도", zh: "郁陵岛", ru: "Уллындо" },
  "Chitose Air Base": { ja: "千歳基地", ko: "지토세 기지", zh: "千岁基地", ru: "авиабаза Титосэ" },
  "Daegu Air Base": { ja: "大邱基地", ko: "대구 기지", zh: "大邱基地", ru: "авиабаза Тэгу" },
  "Gangneung Air Base": { ja: "江陵基地", ko: "강릉 기지", zh: "江陵基地", ru: "авиабаза Каннын" },
  "Gimhae Air Base": { ja: "金海基地", ko: "김해 기지", zh: "金海基地", ru: "авиабаза Кимхэ" },
  "Gunsan Air Base": { ja: "群山基地", ko: "군산 기지", zh: "群山基地", ru: "авиабаза Кунсан" },
  "Jungwon (Chungju) Air Base": { ja: "中原（忠州）基地", ko: "중원(충주) 기지", zh: "中原（忠州）基地", ru: "авиабаза Чунвон (Чхунджу)" },
  "Komatsu Air Base": { ja: "小松基地", ko: "고마쓰 기지", zh: "小松基地", ru: "авиабаза Комацу" },
  "Naha Air Base": { ja: "那覇基地", ko: "나하 기지", zh: "那霸基地", ru: "авиабаза Наха" },
  "Nyutabaru Air Base": { ja: "新田原基地", ko: "뉴타바루 기지", zh: "新田原基地", ru: "авиабаза Нютабару" },
  "Tsuiki Air Base": { ja: "築城基地", ko: "쓰이키 기지", zh: "筑城基地", ru: "авиабаза Цуики" },
};

/** A place's or base's name in `locale`; the English name where the table has none (a new place). */
export function placeName(name: string, locale: Locale): string {
  if (locale === "en") return name;
  return (DISPUTED_NAMES[name] ?? OTHER_NAMES[name])?.[locale] ?? name;
}

/** Every translated name of a place, as `name_<locale>` properties the map's labels choose from. */
export function localisedNameProperties(name: string): Partial<Record<`name_${Exclude<Locale, "en">}`, string>> {
  const names = DISPUTED_NAMES[name] ?? OTHER_NAMES[name];
  if (!names) return {};
  return { name_ja: names.ja, name_ko: names.ko, name_zh: names.zh, name_ru: names.ru };
}

/** The English names the table covers, for the test that every place in the data has its forms. */
export const TRANSLATED_PLACE_NAMES = [...Object.keys(DISPUTED_NAMES), ...Object.keys(OTHER_NAMES)];
