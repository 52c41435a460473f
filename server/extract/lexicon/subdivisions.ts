// First-level subdivisions of states (provinces, states, prefectures, Länder): places in their
// own right, so that "British Columbia" is not read as "British" (the United Kingdom) and
// "Shanxi Province" is the province Shanxi.

type Row = [string, ...string[]];

/** Chinese provinces and regions: named without "Province", as reference works do. */
const CHINESE_PROVINCES = [
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan', 'Jiangsu',
  'Jiangxi', 'Jilin', 'Liaoning', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan', 'Zhejiang',
];

const ROWS: Row[] = [
  // Canada
  ['Alberta'], ['British Columbia', 'B.C.'], ['Manitoba'], ['New Brunswick'], ['Newfoundland and Labrador', 'Newfoundland'], ['Nova Scotia'],
  ['Prince Edward Island'], ['Saskatchewan'], ['Northwest Territories'], ['Nunavut'], ['Yukon'],
  // Australia
  ['New South Wales'], ['Queensland'], ['Western Australia'], ['South Australia'], ['Tasmania'], ['Northern Territory'], ['Australian Capital Territory'],
  // United States (those not listed with the cities)
  ['Arkansas'], ['Delaware'], ['Idaho'], ['Indiana'], ['Kansas'], ['Maine'], ['Mississippi'], ['Missouri'], ['Montana'], ['Nebraska'],
  ['New Hampshire'], ['New Mexico'], ['North Dakota'], ['South Dakota'], ['Rhode Island'], ['Vermont'], ['West Virginia'], ['Wyoming'],
  ['Washington (state)', 'Washington state', 'Washington State'],
  // India
  ['Uttar Pradesh'], ['Maharashtra'], ['Bihar'], ['West Bengal'], ['Tamil Nadu'], ['Kerala'], ['Karnataka'], ['Gujarat'], ['Rajasthan'],
  ['Madhya Pradesh'], ['Andhra Pradesh'], ['Telangana'], ['Odisha', 'Orissa'], ['Assam'], ['Manipur'], ['Jharkhand'], ['Chhattisgarh'],
  ['Haryana'], ['Uttarakhand'], ['Himachal Pradesh'], ['Jammu and Kashmir'], ['Delhi'],
  ['Arunachal Pradesh'], ['Meghalaya'], ['Nagaland'], ['Mizoram'], ['Tripura'], ['Sikkim'], ['Goa'],
  // Pakistan
  ['Khyber Pakhtunkhwa', 'Khyber-Pakhtunkhwa'], ['Gilgit-Baltistan'], ['North Waziristan'], ['South Waziristan'], ['Federally Administered Tribal Areas', 'FATA'],
  // China (regions besides the provinces)
  ['Guangxi'], ['Ningxia'], ['Hong Kong'],
  // Korea
  ['South Hamgyong Province', 'South Hamgyong', 'Hamgyongnamdo', 'Hamgyong-namdo'], ['North Hamgyong Province', 'North Hamgyong', 'Hamgyongbukdo', 'Hamgyong-bukdo'],
  ['South Pyongan Province', 'South Pyongan'], ['North Pyongan Province', 'North Pyongan'], ['South Hwanghae Province', 'South Hwanghae'],
  ['North Hwanghae Province', 'North Hwanghae'], ['Chagang Province', 'Chagang'], ['Ryanggang Province', 'Ryanggang'],
  ['Gyeonggi Province', 'Gyeonggi'], ['Gangwon Province', 'Gangwon'], ['North Chungcheong Province', 'North Chungcheong'],
  ['South Chungcheong Province', 'South Chungcheong'], ['North Gyeongsang Province', 'North Gyeongsang'], ['South Gyeongsang Province', 'South Gyeongsang'],
  ['North Jeolla Province', 'North Jeolla'], ['South Jeolla Province', 'South Jeolla'], ['Jeju Province', 'Jeju', 'Jeju Island'],
  // Japan
  ['Aomori'], ['Iwate'], ['Miyagi'], ['Akita'], ['Niigata'], ['Ishikawa'], ['Shizuoka'], ['Kumamoto'], ['Kagoshima'], ['Noto Peninsula'],
  // Germany
  ['Saxony'], ['Brandenburg'], ['Thuringia'], ['Hesse'], ['Lower Saxony'], ['North Rhine-Westphalia'], ['Baden-Württemberg', 'Baden-Wurttemberg'],
  ['Schleswig-Holstein'], ['Saxony-Anhalt'], ['Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern'], ['Rhineland-Palatinate'], ['Saarland'],
  // Mexico, Brazil
  ['Chihuahua'], ['Sonora'], ['Sinaloa'], ['Michoacán', 'Michoacan'], ['Guerrero'], ['Oaxaca'], ['Chiapas'], ['Veracruz'], ['Tamaulipas'],
  ['Jalisco'], ['Baja California'], ['Amazonas'], ['Bahia'], ['Minas Gerais'], ['Rio Grande do Sul'],
  // Africa, Asia
  ['Sindh'], ['Luzon'], ['Kurdistan Region'],
  // Mozambique: reference works name its provinces with the unit (the bare names of some are their capitals')
  ['Cabo Delgado Province', 'Cabo Delgado', 'Cabo Delgado province'], ['Sofala Province', 'Sofala', 'Sofala province'],
  ['Manica Province', 'Manica', 'Manica province'], ['Zambezia Province', 'Zambezia', 'Zambézia', 'Zambezia province', 'Zambézia Province'],
  ['Niassa Province', 'Niassa', 'Niassa province'], ['Nampula Province', 'Nampula province'], ['Tete Province', 'Tete province'],
  ['Inhambane Province', 'Inhambane province'],
  ['Balochistan', 'Baluchistan', 'Balochistan province', 'Baluchistan province', 'Balochistan Province', 'Baluchistan Province'],
];

/**
 * Subdivisions that reference works name with their unit, because the bare name is also a city's
 * ("Kaduna State", not the city of Kaduna; "Ghazni Province"; "Niigata Prefecture"; "Hama Governorate").
 * [unit, names written bare too (the subdivision's name is mostly used for it), names only with the unit]
 */
const UNIT_NAMED: [string, string[], string[]][] = [
  // Nigeria
  ['State', ['Borno', 'Kaduna', 'Zamfara', 'Adamawa', 'Yobe', 'Taraba', 'Jigawa', 'Kebbi', 'Ebonyi', 'Bayelsa', 'Anambra', 'Akwa Ibom'],
    ['Abia', 'Bauchi', 'Benue', 'Cross River', 'Delta', 'Edo', 'Ekiti', 'Enugu', 'Gombe', 'Imo', 'Kano', 'Katsina', 'Kogi', 'Kwara', 'Lagos', 'Nasarawa', 'Niger', 'Ogun', 'Ondo', 'Osun', 'Oyo', 'Plateau', 'Rivers', 'Sokoto']],
  // Afghanistan
  ['Province', ['Ghazni', 'Nangarhar', 'Paktika', 'Paktia', 'Zabul', 'Uruzgan', 'Badakhshan', 'Nuristan', 'Kunar', 'Laghman', 'Logar', 'Wardak', 'Faryab', 'Baghlan', 'Takhar', 'Nimruz', 'Ghor', 'Daykundi', 'Panjshir', 'Badghis', 'Jowzjan'],
    ['Helmand', 'Kandahar', 'Kunduz', 'Herat', 'Balkh', 'Khost', 'Farah', 'Bamyan', 'Parwan', 'Kapisa', 'Samangan', 'Kabul']],
  // Syria
  ['Governorate', [], ['Hama', 'Homs', 'Aleppo', 'Idlib', 'Daraa', 'Quneitra', 'Raqqa', 'Hasakah', 'Latakia', 'Tartus', 'Suwayda', 'Deir ez-Zor', 'Deir al-Zour', 'Deir el-Zour', 'Deir Ezzor', 'Rif Dimashq']],
  // Japan
  ['Prefecture', ['Aomori', 'Iwate', 'Miyagi', 'Akita', 'Niigata', 'Ishikawa', 'Shizuoka', 'Kumamoto', 'Kagoshima'],
    ['Hokkaido', 'Yamagata', 'Fukushima', 'Ibaraki', 'Tochigi', 'Gunma', 'Saitama', 'Chiba', 'Kanagawa', 'Toyama', 'Fukui', 'Yamanashi', 'Nagano', 'Gifu', 'Aichi', 'Mie', 'Shiga', 'Kyoto', 'Osaka', 'Hyogo', 'Nara', 'Wakayama', 'Tottori', 'Shimane', 'Okayama', 'Hiroshima', 'Yamaguchi', 'Tokushima', 'Kagawa', 'Ehime', 'Kochi', 'Fukuoka', 'Saga', 'Nagasaki', 'Oita', 'Miyazaki', 'Okinawa']],
];
/** One spelling per governorate for its canonical name ("Deir al-Zour province" -> "Deir ez-Zor Governorate"). */
const UNIT_SPELLING: Record<string, string> = { 'Deir al-Zour': 'Deir ez-Zor', 'Deir el-Zour': 'Deir ez-Zor', 'Deir Ezzor': 'Deir ez-Zor' };
/** Words a text calls such a unit: Syria's governorates are "provinces" in most news. */
const UNIT_WORDS: Record<string, string[]> = { State: ['State', 'state'], Province: ['Province', 'province'], Governorate: ['Governorate', 'governorate', 'Province', 'province'], Prefecture: ['Prefecture', 'prefecture'] };

function unitNamedRows(): Row[] {
  const rows = new Map<string, string[]>();
  for (const [unit, bare, withUnit] of UNIT_NAMED) {
    for (const name of [...bare, ...withUnit]) {
      const canonical = `${UNIT_SPELLING[name] ?? name} ${unit}`;
      const aliases = rows.get(canonical) ?? [];
      if (bare.includes(name)) aliases.push(name);
      for (const w of UNIT_WORDS[unit]) aliases.push(`${name} ${w}`, `${w} of ${name}`);
      rows.set(canonical, aliases);
    }
  }
  return [...rows].map(([canonical, aliases]) => [canonical, ...aliases.filter((a) => a !== canonical)]);
}
ROWS.push(...unitNamedRows());

/** The state each subdivision named with its unit belongs to ("Borno State" -> Nigeria), for stories that never name the state. */
const UNIT_STATES: Record<string, string> = { State: 'Nigeria', Province: 'Afghanistan', Governorate: 'Syria', Prefecture: 'Japan' };
export const SUBDIVISION_STATES: ReadonlyMap<string, string> = new Map(
  UNIT_NAMED.flatMap(([unit, bare, withUnit]) => [...bare, ...withUnit].map((name): [string, string] => [`${UNIT_SPELLING[name] ?? name} ${unit}`, UNIT_STATES[unit]])),
);

export const SUBDIVISIONS: { canonical: string; aliases: string[] }[] = [
  ...CHINESE_PROVINCES.map((p) => ({ canonical: p, aliases: [`${p} Province`, `${p} province`] })),
  ...ROWS.map(([canonical, ...aliases]) => ({ canonical, aliases })),
];

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia (U.S. state)', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington (state)', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** The states of the United States ("Ohio State" is a university, "New York State" the state's own name). */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES);

/** States, provinces and other first-level subdivisions, wherever they are listed: what "the state" or "the province" points back to. */
export const STATE_AND_PROVINCE_NAMES: ReadonlySet<string> = new Set([...SUBDIVISIONS.map((s) => s.canonical), ...US_STATES, 'Quebec', 'Ontario']);
