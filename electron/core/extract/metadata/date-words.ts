/** Month names (many languages) and time-zone abbreviations for date parsing. */

const monthLists: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'januari', 'janeiro', 'ocak', 'tammikuu', 'styczeń', 'января', 'январь', 'janúar'],
  ['february', 'feb', 'febr', 'februar', 'février', 'févr', 'fevr', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev', 'şubat', 'февраля', 'февраль', 'febrúar'],
  ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'maart', 'mrt', 'março', 'mart', 'марта', 'март', 'mars'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'nisan', 'апреля', 'апрель', 'apríl'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maj', 'mayıs', 'мая', 'май', 'maí'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'haziran', 'июня', 'июнь', 'júní'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'temmuz', 'июля', 'июль', 'júlí'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'ağustos', 'августа', 'август', 'ágúst'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'eylül', 'сентября', 'сентябрь'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'ekim', 'октября', 'октябрь', 'október'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'kasım', 'ноября', 'ноябрь', 'nóvember'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre', 'december', 'dezembro', 'aralık', 'декабря', 'декабрь', 'desember', 'desember', 'desember', 'desemba', 'desember'],
];

export const MONTHS: Record<string, number> = {};
monthLists.forEach((names, i) => {
  for (const name of names) MONTHS[name] ??= i + 1;
});

/** Unambiguous-enough zone abbreviations → offset. ("IST", "CST" in Asia… are left out or US-biased.) */
export const ZONES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', UT: 'Z',
  KST: '+09:00', JST: '+09:00', HKT: '+08:00', SGT: '+08:00', MYT: '+08:00', AWST: '+08:00', PHT: '+08:00',
  ICT: '+07:00', WIB: '+07:00',
  CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00', WET: '+00:00', WEST: '+01:00', BST: '+01:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', SAST: '+02:00', TRT: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AEST: '+10:00', AEDT: '+11:00', ACST: '+09:30', ACDT: '+10:30', NZST: '+12:00', NZDT: '+13:00',
};
