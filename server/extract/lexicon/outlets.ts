// Gazetteer of news media. Canonical names agree with ../shared/eval/outlets.json where
// it lists an outlet. Aliases are matched case-sensitively ("AP", not "ap"), word-bounded.
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import { foldKey, tokenize, tokensOf, type Token } from './tokens.js';

export type OutletKind = 'agency' | 'newspaper' | 'broadcaster' | 'online' | 'magazine' | 'state-media';

export interface OutletEntry {
  canonical: string;
  aliases: string[];
  kind: OutletKind;
  country?: string;
}

type Row = [canonical: string, kind: OutletKind, country: string, ...aliases: string[]];

const ROWS: Row[] = [
  // ---- news agencies
  ['Agence France-Presse', 'agency', 'FR', 'AFP', 'Agence France Presse', 'France-Presse', 'France Presse'],
  ['Associated Press', 'agency', 'US', 'AP', 'The Associated Press', 'AP News'],
  ['Reuters', 'agency', 'GB', 'Reuters news agency', 'Thomson Reuters'],
  ['Bloomberg', 'agency', 'US', 'Bloomberg News'],
  ['Xinhua', 'state-media', 'CN', 'Xinhua News Agency', 'Xinhua news agency', 'New China News Agency'],
  ['TASS', 'state-media', 'RU', 'ITAR-TASS', 'Tass'],
  ['RIA Novosti', 'state-media', 'RU', 'RIA'],
  ['Interfax', 'agency', 'RU', 'Interfax news agency'],
  ['Sputnik', 'state-media', 'RU', 'Sputnik News'],
  ['Kyodo News', 'agency', 'JP', 'Kyodo', 'Kyodo news agency'],
  ['Jiji Press', 'agency', 'JP', 'Jiji'],
  ['Yonhap', 'agency', 'KR', 'Yonhap News Agency', 'Yonhap news agency'],
  ['Newsis', 'agency', 'KR'],
  ['Korean Central News Agency', 'state-media', 'KP', 'KCNA'],
  ['Rodong Sinmun', 'state-media', 'KP'],
  ['Anadolu Agency', 'agency', 'TR', 'Anadolu', 'Anadolu news agency'],
  ['Deutsche Presse-Agentur', 'agency', 'DE', 'dpa', 'DPA'],
  ['Agence EFE', 'agency', 'ES', 'EFE'],
  ['ANSA', 'agency', 'IT', 'Agenzia Nazionale Stampa Associata'],
  ['Press Trust of India', 'agency', 'IN', 'PTI'],
  ['Asian News International', 'agency', 'IN', 'ANI'],
  ['IRNA', 'state-media', 'IR', 'Islamic Republic News Agency'],
  ['Tasnim News Agency', 'agency', 'IR', 'Tasnim'],
  ['Fars News Agency', 'agency', 'IR', 'Fars'],
  ['Mehr News Agency', 'agency', 'IR', 'Mehr'],
  ['ISNA', 'agency', 'IR', "Iranian Students' News Agency", 'Iranian Students News Agency'],
  ['Wafa', 'state-media', 'PS', 'WAFA news agency', 'WAFA', 'Palestinian news agency Wafa'],
  ['SANA', 'state-media', 'SY', 'Syrian Arab News Agency'],
  ['MENA', 'state-media', 'EG', 'Middle East News Agency'],
  ['Saudi Press Agency', 'state-media', 'SA', 'SPA'],
  ['Emirates News Agency', 'state-media', 'AE', 'WAM'],
  ['Qatar News Agency', 'state-media', 'QA', 'QNA'],
  ['Kuwait News Agency', 'state-media', 'KW', 'KUNA'],
  ['Petra', 'state-media', 'JO', 'Jordan News Agency'],
  ['Bernama', 'agency', 'MY'],
  ['Antara', 'agency', 'ID', 'Antara news agency'],
  ['Philippine News Agency', 'state-media', 'PH'],
  ['Vietnam News Agency', 'state-media', 'VN', 'VNA'],
  ['Central News Agency', 'agency', 'TW', "Taiwan's Central News Agency"],
  ['Ukrinform', 'state-media', 'UA'],
  ['UNIAN', 'agency', 'UA'],
  ['BelTA', 'state-media', 'BY'],
  ['Kazinform', 'state-media', 'KZ'],
  ['Agência Brasil', 'state-media', 'BR', 'Agencia Brasil'],
  ['Télam', 'state-media', 'AR', 'Telam'],
  ['Notimex', 'state-media', 'MX'],
  ['Prensa Latina', 'state-media', 'CU'],
  ['Austria Presse Agentur', 'agency', 'AT', 'APA'],
  ['Belga', 'agency', 'BE'],
  ['ANP', 'agency', 'NL', 'Algemeen Nederlands Persbureau'],
  ['NTB', 'agency', 'NO', 'Norsk Telegrambyrå'],
  ['Ritzau', 'agency', 'DK'],
  ['Polish Press Agency', 'agency', 'PL', 'PAP'],
  ['MTI', 'agency', 'HU', 'Hungarian News Agency'],
  ['ČTK', 'agency', 'CZ', 'CTK', 'Czech News Agency'],
  ['Tanjug', 'agency', 'RS'],
  ['Agerpres', 'agency', 'RO', 'AGERPRES'],
  ['BTA', 'agency', 'BG', 'Bulgarian News Agency'],
  ['Lusa', 'agency', 'PT', 'Lusa news agency'],
  ['Europa Press', 'agency', 'ES'],
  ['Australian Associated Press', 'agency', 'AU', 'AAP'],
  ['The Canadian Press', 'agency', 'CA', 'Canadian Press'],
  ['Associated Press of Pakistan', 'state-media', 'PK', 'APP'],
  ['Bangladesh Sangbad Sangstha', 'state-media', 'BD', 'BSS'],
  ['Algeria Press Service', 'state-media', 'DZ', 'APS'],
  ['Maghreb Arab Press', 'state-media', 'MA', 'Maghreb Arabe Presse'],
  ['Tunis Afrique Presse', 'state-media', 'TN', 'TAP'],
  ['Bakhtar News Agency', 'state-media', 'AF', 'Bakhtar'],
  ['Pajhwok Afghan News', 'agency', 'AF', 'Pajhwok'],
  ['News Agency of Nigeria', 'state-media', 'NG', 'NAN'],
  ['Kenya News Agency', 'state-media', 'KE'],
  ['Ethiopian News Agency', 'state-media', 'ET'],
  ['South African Press Association', 'agency', 'ZA', 'SAPA'],
  ['Agence Ivoirienne de Presse', 'state-media', 'CI'],
  ['Agence d\'Information du Burkina', 'state-media', 'BF', 'AIB'],
  ['Iraqi News Agency', 'state-media', 'IQ', 'INA'],
  ['National News Agency', 'state-media', 'LB', "Lebanon's National News Agency", 'NNA'],
  ['Shafaq News', 'online', 'IQ'],
  ['Armenpress', 'state-media', 'AM'],
  ['Azertac', 'state-media', 'AZ', 'AZERTAC'],
  ['Trend News Agency', 'agency', 'AZ'],
  ['Xinhua Finance', 'agency', 'CN'],
  // ---- newspapers
  ['The New York Times', 'newspaper', 'US', 'New York Times', 'NYT', 'NY Times', 'the Times of New York'],
  ['The Washington Post', 'newspaper', 'US', 'Washington Post', 'WaPo'],
  ['The Wall Street Journal', 'newspaper', 'US', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'newspaper', 'GB', 'FT', 'The Financial Times'],
  ['The Guardian', 'newspaper', 'GB', 'Guardian'],
  ['The Times', 'newspaper', 'GB', 'The Times of London', 'London Times'],
  ['The Sunday Times', 'newspaper', 'GB', 'Sunday Times'],
  ['The Telegraph', 'newspaper', 'GB', 'Daily Telegraph', 'Telegraph', 'The Daily Telegraph', 'Sunday Telegraph'],
  ['The Independent', 'newspaper', 'GB', 'Independent'],
  ['Daily Mail', 'newspaper', 'GB', 'Mail Online', 'MailOnline', 'The Daily Mail', 'Mail on Sunday'],
  ['The Sun', 'newspaper', 'GB'],
  ['Daily Mirror', 'newspaper', 'GB', 'The Mirror', 'The Daily Mirror'],
  ['Daily Express', 'newspaper', 'GB', 'The Daily Express'],
  ['Evening Standard', 'newspaper', 'GB', 'London Evening Standard', 'The Evening Standard'],
  ['The Observer', 'newspaper', 'GB'],
  ['The Scotsman', 'newspaper', 'GB', 'Scotsman'],
  ['The Irish Times', 'newspaper', 'IE', 'Irish Times'],
  ['Irish Independent', 'newspaper', 'IE'],
  ['Los Angeles Times', 'newspaper', 'US', 'LA Times', 'The Los Angeles Times'],
  ['USA Today', 'newspaper', 'US', 'USA TODAY'],
  ['Chicago Tribune', 'newspaper', 'US', 'The Chicago Tribune'],
  ['The Boston Globe', 'newspaper', 'US', 'Boston Globe'],
  ['New York Post', 'newspaper', 'US', 'The New York Post', 'NY Post'],
  ['Miami Herald', 'newspaper', 'US', 'The Miami Herald'],
  ['San Francisco Chronicle', 'newspaper', 'US', 'The San Francisco Chronicle'],
  ['Houston Chronicle', 'newspaper', 'US', 'The Houston Chronicle'],
  ['The Oregonian', 'newspaper', 'US', 'Oregonian'],
  ['The Seattle Times', 'newspaper', 'US', 'Seattle Times'],
  ['The Dallas Morning News', 'newspaper', 'US', 'Dallas Morning News'],
  ['The Philadelphia Inquirer', 'newspaper', 'US', 'Philadelphia Inquirer'],
  ['The Washington Times', 'newspaper', 'US', 'Washington Times'],
  ['The Hill', 'newspaper', 'US'],
  ['Le Monde', 'newspaper', 'FR'],
  ['Le Figaro', 'newspaper', 'FR'],
  ['Libération', 'newspaper', 'FR', 'Liberation'],
  ["L'Équipe", 'newspaper', 'FR', "L'Equipe", 'LEquipe'],
  ['Le Parisien', 'newspaper', 'FR'],
  ['Les Échos', 'newspaper', 'FR', 'Les Echos'],
  ['Bild', 'newspaper', 'DE', 'Bild-Zeitung', 'Bild am Sonntag'],
  ['Die Welt', 'newspaper', 'DE', 'Welt am Sonntag'],
  ['Frankfurter Allgemeine Zeitung', 'newspaper', 'DE', 'FAZ', 'Frankfurter Allgemeine'],
  ['Süddeutsche Zeitung', 'newspaper', 'DE', 'Sueddeutsche Zeitung'],
  ['Die Zeit', 'newspaper', 'DE', 'Zeit'],
  ['Handelsblatt', 'newspaper', 'DE'],
  ['Der Standard', 'newspaper', 'AT'],
  ['Kronen Zeitung', 'newspaper', 'AT', 'Krone'],
  ['Neue Zürcher Zeitung', 'newspaper', 'CH', 'NZZ', 'Neue Zuercher Zeitung'],
  ['Corriere della Sera', 'newspaper', 'IT', 'Corriere'],
  ['La Repubblica', 'newspaper', 'IT', 'Repubblica'],
  ['La Stampa', 'newspaper', 'IT'],
  ['La Gazzetta dello Sport', 'newspaper', 'IT', 'Gazzetta dello Sport', 'Gazzetta'],
  ['El País', 'newspaper', 'ES', 'El Pais'],
  ['El Mundo', 'newspaper', 'ES'],
  ['Marca', 'newspaper', 'ES'],
  ['La Vanguardia', 'newspaper', 'ES'],
  ['De Telegraaf', 'newspaper', 'NL'],
  ['NRC Handelsblad', 'newspaper', 'NL', 'NRC'],
  ['De Standaard', 'newspaper', 'BE'],
  ['Aftonbladet', 'newspaper', 'SE'],
  ['Dagens Nyheter', 'newspaper', 'SE'],
  ['Helsingin Sanomat', 'newspaper', 'FI'],
  ['Gazeta Wyborcza', 'newspaper', 'PL'],
  ['Kathimerini', 'newspaper', 'GR'],
  ['Kommersant', 'newspaper', 'RU'],
  ['Izvestia', 'newspaper', 'RU'],
  ['Rossiyskaya Gazeta', 'state-media', 'RU'],
  ['Novaya Gazeta', 'newspaper', 'RU'],
  ['Vedomosti', 'newspaper', 'RU'],
  ['Kyiv Post', 'newspaper', 'UA', 'The Kyiv Post'],
  ['Haaretz', 'newspaper', 'IL'],
  ['The Times of Israel', 'online', 'IL', 'Times of Israel'],
  ['The Jerusalem Post', 'newspaper', 'IL', 'Jerusalem Post'],
  ['Ynet', 'online', 'IL', 'Ynetnews', 'Yedioth Ahronoth', 'Yediot Aharonot', 'Yedioth'],
  ['Maariv', 'newspaper', 'IL'],
  ['Israel Hayom', 'newspaper', 'IL'],
  ['Asharq Al-Awsat', 'newspaper', 'SA', 'Asharq al-Awsat'],
  ['Al-Ahram', 'newspaper', 'EG', 'Al Ahram', 'Ahram Online'],
  ['Arab News', 'newspaper', 'SA'],
  ['Gulf News', 'newspaper', 'AE'],
  ['Khaleej Times', 'newspaper', 'AE'],
  ['The National', 'newspaper', 'AE'],
  ['Al-Akhbar', 'newspaper', 'LB', 'Al Akhbar'],
  ['Daily Sabah', 'newspaper', 'TR'],
  ['Hürriyet', 'newspaper', 'TR', 'Hurriyet', 'Hurriyet Daily News'],
  ['Cumhuriyet', 'newspaper', 'TR'],
  ['Dawn', 'newspaper', 'PK'],
  ['The Express Tribune', 'newspaper', 'PK', 'Express Tribune'],
  ['The News International', 'newspaper', 'PK'],
  ['The Hindu', 'newspaper', 'IN'],
  ['Hindustan Times', 'newspaper', 'IN', 'The Hindustan Times'],
  ['The Times of India', 'newspaper', 'IN', 'Times of India'],
  ['The Indian Express', 'newspaper', 'IN', 'Indian Express'],
  ['South China Morning Post', 'newspaper', 'HK', 'SCMP', 'The South China Morning Post'],
  ['Global Times', 'state-media', 'CN', 'The Global Times'],
  ["People's Daily", 'state-media', 'CN', 'Peoples Daily'],
  ['China Daily', 'state-media', 'CN'],
  ['The Japan Times', 'newspaper', 'JP', 'Japan Times'],
  ['Asahi Shimbun', 'newspaper', 'JP', 'The Asahi Shimbun', 'Asahi'],
  ['Yomiuri Shimbun', 'newspaper', 'JP', 'The Yomiuri Shimbun', 'Yomiuri'],
  ['Mainichi Shimbun', 'newspaper', 'JP', 'The Mainichi', 'Mainichi'],
  ['Nikkei', 'newspaper', 'JP', 'Nikkei Asia', 'Nikkei Asian Review'],
  ['Chosun Ilbo', 'newspaper', 'KR', 'The Chosun Ilbo'],
  ['JoongAng Ilbo', 'newspaper', 'KR', 'Korea JoongAng Daily'],
  ['The Korea Herald', 'newspaper', 'KR', 'Korea Herald'],
  ['The Korea Times', 'newspaper', 'KR', 'Korea Times'],
  ['The Straits Times', 'newspaper', 'SG', 'Straits Times'],
  ['Bangkok Post', 'newspaper', 'TH', 'The Bangkok Post'],
  ['The Jakarta Post', 'newspaper', 'ID', 'Jakarta Post'],
  ['The Sydney Morning Herald', 'newspaper', 'AU', 'Sydney Morning Herald'],
  ['The Australian', 'newspaper', 'AU'],
  ['The Age', 'newspaper', 'AU'],
  ['The Globe and Mail', 'newspaper', 'CA', 'Globe and Mail'],
  ['Toronto Star', 'newspaper', 'CA', 'The Toronto Star'],
  ['National Post', 'newspaper', 'CA'],
  ['Folha de S.Paulo', 'newspaper', 'BR', 'Folha de Sao Paulo', 'Folha'],
  ['O Globo', 'newspaper', 'BR'],
  ['Clarín', 'newspaper', 'AR', 'Clarin'],
  ['La Nación', 'newspaper', 'AR', 'La Nacion'],
  ['El Universal', 'newspaper', 'MX'],
  ['Mail & Guardian', 'newspaper', 'ZA', 'Mail and Guardian'],
  ['Daily Maverick', 'online', 'ZA'],
  ['The Punch', 'newspaper', 'NG', 'Punch newspaper'],
  ['Premium Times', 'online', 'NG'],
  ['Daily Nation', 'newspaper', 'KE', 'Nation Africa'],
  ['The East African', 'newspaper', 'KE', 'The EastAfrican'],
  ['Wikinews', 'online', 'US'],
  // ---- magazines
  ['The Economist', 'magazine', 'GB', 'Economist'],
  ['Der Spiegel', 'magazine', 'DE', 'Spiegel', 'Spiegel Online'],
  ['Time', 'magazine', 'US', 'Time magazine', 'TIME'],
  ['Newsweek', 'magazine', 'US'],
  ['The Atlantic', 'magazine', 'US'],
  ['The New Yorker', 'magazine', 'US', 'New Yorker'],
  ['Foreign Policy', 'magazine', 'US'],
  ['Foreign Affairs', 'magazine', 'US'],
  ['Forbes', 'magazine', 'US'],
  ['Fortune', 'magazine', 'US'],
  ['Rolling Stone', 'magazine', 'US'],
  ['Variety', 'magazine', 'US'],
  ['The Hollywood Reporter', 'magazine', 'US', 'Hollywood Reporter'],
  ['Wired', 'magazine', 'US'],
  ['Le Point', 'magazine', 'FR'],
  ["L'Express", 'magazine', 'FR'],
  ['Paris Match', 'magazine', 'FR'],
  ['Stern', 'magazine', 'DE'],
  ['The Spectator', 'magazine', 'GB', 'Spectator'],
  ['New Statesman', 'magazine', 'GB'],
  ['Private Eye', 'magazine', 'GB'],
  ['Jeune Afrique', 'magazine', 'FR'],
  // ---- broadcasters
  ['BBC', 'broadcaster', 'GB', 'BBC News', 'British Broadcasting Corporation', 'BBC World Service', 'BBC Persian', 'BBC Arabic', 'BBC Radio 4'],
  ['CNN', 'broadcaster', 'US', 'Cable News Network', 'CNN International'],
  ['Al Jazeera', 'broadcaster', 'QA', 'Al-Jazeera', 'Aljazeera', 'Al Jazeera English', 'Al Jazeera Arabic'],
  ['Al Mayadeen', 'broadcaster', 'LB', 'Al Mayadeen English', 'Al-Mayadeen'],
  ['Al Arabiya', 'broadcaster', 'SA', 'Al-Arabiya'],
  ['Al-Hadath', 'broadcaster', 'SA', 'Al Hadath'],
  ['Sky News Arabia', 'broadcaster', 'AE'],
  ['Al-Manar', 'broadcaster', 'LB', 'Al Manar'],
  ['Al-Qahera News', 'broadcaster', 'EG', 'Al Qahera News', 'AlQahera News'],
  ['LBCI', 'broadcaster', 'LB'],
  ['Sky News', 'broadcaster', 'GB'],
  ['ITV News', 'broadcaster', 'GB', 'ITV'],
  ['Channel 4 News', 'broadcaster', 'GB'],
  ['Sky Sports', 'broadcaster', 'GB'],
  ['GB News', 'broadcaster', 'GB'],
  ['LBC', 'broadcaster', 'GB'],
  ['NBC News', 'broadcaster', 'US', 'NBC'],
  ['CBS News', 'broadcaster', 'US', 'CBS'],
  ['ABC News', 'broadcaster', 'US', 'ABC'],
  ['Fox News', 'broadcaster', 'US', 'Fox', 'Fox News Channel'],
  ['MSNBC', 'broadcaster', 'US'],
  ['CNBC', 'broadcaster', 'US'],
  ['NPR', 'broadcaster', 'US', 'National Public Radio'],
  ['PBS', 'broadcaster', 'US', 'PBS NewsHour'],
  ['ESPN', 'broadcaster', 'US', 'ESPN FC'],
  ['Voice of America', 'state-media', 'US', 'VOA'],
  ['Radio Free Europe/Radio Liberty', 'broadcaster', 'US', 'RFE/RL', 'Radio Free Europe', 'Radio Liberty'],
  ['Radio Free Asia', 'broadcaster', 'US', 'RFA'],
  ['France 24', 'broadcaster', 'FR', 'France24'],
  ['Radio France Internationale', 'broadcaster', 'FR', 'RFI'],
  ['BFM TV', 'broadcaster', 'FR', 'BFMTV'],
  ['TF1', 'broadcaster', 'FR'],
  ['France Info', 'broadcaster', 'FR', 'franceinfo', 'Franceinfo'],
  ['Deutsche Welle', 'broadcaster', 'DE', 'DW'],
  ['ZDF', 'broadcaster', 'DE'],
  ['ARD', 'broadcaster', 'DE', 'Tagesschau'],
  ['RAI', 'broadcaster', 'IT', 'Rai'],
  ['RTVE', 'broadcaster', 'ES'],
  ['RTÉ', 'broadcaster', 'IE', 'RTE'],
  ['Euronews', 'broadcaster', 'FR'],
  ['Swissinfo', 'online', 'CH', 'SWI swissinfo.ch'],
  ['ORF', 'broadcaster', 'AT'],
  ['NOS', 'broadcaster', 'NL'],
  ['SVT', 'broadcaster', 'SE'],
  ['NRK', 'broadcaster', 'NO'],
  ['YLE', 'broadcaster', 'FI', 'Yle'],
  ['TVP', 'broadcaster', 'PL'],
  ['NHK', 'broadcaster', 'JP', 'NHK World'],
  ['China Central Television', 'state-media', 'CN', 'CCTV', 'China Central TV'],
  ['CGTN', 'state-media', 'CN', 'China Global Television Network'],
  ['Phoenix TV', 'broadcaster', 'HK', 'Phoenix Television'],
  ['KBS', 'broadcaster', 'KR', 'Korean Broadcasting System'],
  ['Arirang', 'broadcaster', 'KR'],
  ['KCTV', 'state-media', 'KP', 'Korean Central Television'],
  ['TRT World', 'state-media', 'TR', 'TRT'],
  ['Press TV', 'state-media', 'IR', 'PressTV'],
  ['IRIB', 'state-media', 'IR', 'Islamic Republic of Iran Broadcasting'],
  ['Kan', 'broadcaster', 'IL', 'Kan public broadcaster', 'Kan 11', 'Kan News'],
  ['Channel 12', 'broadcaster', 'IL', "Israel's Channel 12", 'N12', 'Channel 12 News'],
  ['Channel 13', 'broadcaster', 'IL', "Israel's Channel 13", 'Channel 13 News'],
  ['Channel 14', 'broadcaster', 'IL', "Israel's Channel 14"],
  ['i24NEWS', 'broadcaster', 'IL', 'i24 News', 'i24'],
  ['Israeli Army Radio', 'state-media', 'IL', 'Army Radio', 'Galei Tzahal', 'Galei Tsahal'],
  ['RT', 'state-media', 'RU', 'Russia Today'],
  ['Rossiya 24', 'state-media', 'RU'],
  ['Channel One Russia', 'state-media', 'RU', 'Channel One'],
  ['NTV', 'broadcaster', 'RU'],
  ['Zvezda', 'state-media', 'RU'],
  ['Suspilne', 'broadcaster', 'UA'],
  ['Hromadske', 'online', 'UA'],
  ['Geo News', 'broadcaster', 'PK', 'Geo TV'],
  ['ARY News', 'broadcaster', 'PK'],
  ['NDTV', 'broadcaster', 'IN'],
  ['Doordarshan', 'state-media', 'IN'],
  ['Rudaw', 'broadcaster', 'IQ'],
  ['Kurdistan 24', 'broadcaster', 'IQ'],
  ['CBC', 'broadcaster', 'CA', 'CBC News', 'Canadian Broadcasting Corporation'],
  ['CTV News', 'broadcaster', 'CA', 'CTV'],
  ['Australian Broadcasting Corporation', 'broadcaster', 'AU', 'ABC Australia'],
  ['SBS', 'broadcaster', 'AU', 'SBS News'],
  ['Channel NewsAsia', 'broadcaster', 'SG', 'CNA'],
  ['TVB', 'broadcaster', 'HK'],
  ['Globo', 'broadcaster', 'BR', 'TV Globo', 'GloboNews'],
  ['Televisa', 'broadcaster', 'MX'],
  ['Telesur', 'state-media', 'VE', 'teleSUR', 'TeleSUR'],
  ['SABC', 'broadcaster', 'ZA', 'South African Broadcasting Corporation'],
  ['Channels Television', 'broadcaster', 'NG', 'Channels TV'],
  ['Citizen TV', 'broadcaster', 'KE'],
  // ---- online
  ['Axios', 'online', 'US'],
  ['Politico', 'online', 'US', 'POLITICO', 'Politico Europe'],
  ['Semafor', 'online', 'US'],
  ['The Information', 'online', 'US'],
  ['HuffPost', 'online', 'US', 'Huffington Post', 'The Huffington Post'],
  ['BuzzFeed News', 'online', 'US', 'BuzzFeed'],
  ['Vox', 'online', 'US'],
  ['Vice News', 'online', 'US', 'Vice'],
  ['The Daily Beast', 'online', 'US', 'Daily Beast'],
  ['Business Insider', 'online', 'US', 'Insider'],
  ['The Intercept', 'online', 'US', 'Intercept'],
  ['ProPublica', 'online', 'US'],
  ['Breitbart News', 'online', 'US', 'Breitbart'],
  ['The Verge', 'online', 'US'],
  ['TechCrunch', 'online', 'US'],
  ['Punchbowl News', 'online', 'US'],
  ['The Free Press', 'online', 'US'],
  ['Mediapart', 'online', 'FR'],
  ['Meduza', 'online', 'RU'],
  ['The Kyiv Independent', 'online', 'UA', 'Kyiv Independent'],
  ['Ukrainska Pravda', 'online', 'UA'],
  ['Middle East Eye', 'online', 'GB'],
  ['The New Arab', 'online', 'GB', 'Al-Araby Al-Jadeed', 'Al Araby Al Jadeed'],
  ['Al-Monitor', 'online', 'US', 'Al Monitor'],
  ['Mada Masr', 'online', 'EG'],
  ['Rappler', 'online', 'PH'],
  ['Bellingcat', 'online', 'NL'],
  ['Walla', 'online', 'IL', 'Walla News'],
  ['The Cradle', 'online', 'LB'],
  ['Gazeta.ru', 'online', 'RU'],
  // ---- regional and national media (round 4)
  ['The Plain Dealer', 'newspaper', 'US', 'Plain Dealer', 'Cleveland Plain Dealer'],
  ['Star Tribune', 'newspaper', 'US', 'Minneapolis Star Tribune', 'The Star Tribune'],
  ['The Denver Post', 'newspaper', 'US', 'Denver Post'],
  ['The Arizona Republic', 'newspaper', 'US', 'Arizona Republic'],
  ['The Atlanta Journal-Constitution', 'newspaper', 'US', 'Atlanta Journal-Constitution', 'AJC'],
  ['The Sacramento Bee', 'newspaper', 'US', 'Sacramento Bee'],
  ['Detroit Free Press', 'newspaper', 'US', 'The Detroit Free Press'],
  ['The Baltimore Sun', 'newspaper', 'US', 'Baltimore Sun'],
  ['Newsday', 'newspaper', 'US'],
  ['New York Daily News', 'newspaper', 'US', 'The New York Daily News'],
  ['The Star-Ledger', 'newspaper', 'US', 'Star-Ledger'],
  ['Pittsburgh Post-Gazette', 'newspaper', 'US', 'Post-Gazette', 'The Pittsburgh Post-Gazette'],
  ['The Kansas City Star', 'newspaper', 'US', 'Kansas City Star'],
  ['St. Louis Post-Dispatch', 'newspaper', 'US', 'St Louis Post-Dispatch', 'Post-Dispatch', 'The St. Louis Post-Dispatch'],
  ['Las Vegas Review-Journal', 'newspaper', 'US', 'Review-Journal', 'The Las Vegas Review-Journal'],
  ['The Salt Lake Tribune', 'newspaper', 'US', 'Salt Lake Tribune'],
  ['Honolulu Star-Advertiser', 'newspaper', 'US', 'Star-Advertiser'],
  ['Anchorage Daily News', 'newspaper', 'US'],
  ['The News & Observer', 'newspaper', 'US', 'News & Observer', 'News and Observer', 'Raleigh News & Observer'],
  ['Orlando Sentinel', 'newspaper', 'US', 'The Orlando Sentinel'],
  ['South Florida Sun Sentinel', 'newspaper', 'US', 'Sun Sentinel', 'Sun-Sentinel'],
  ['The Tennessean', 'newspaper', 'US'],
  ['Milwaukee Journal Sentinel', 'newspaper', 'US', 'Journal Sentinel', 'The Milwaukee Journal Sentinel'],
  ['The Des Moines Register', 'newspaper', 'US', 'Des Moines Register'],
  ['The Courier-Journal', 'newspaper', 'US', 'Courier-Journal', 'Louisville Courier-Journal'],
  ['Austin American-Statesman', 'newspaper', 'US', 'American-Statesman'],
  ['Ars Technica', 'online', 'US'],
  ['Le Devoir', 'newspaper', 'CA'],
  ['La Presse', 'newspaper', 'CA'],
  ['Manchester Evening News', 'newspaper', 'GB'],
  ['Liverpool Echo', 'newspaper', 'GB'],
  ['The Yorkshire Post', 'newspaper', 'GB', 'Yorkshire Post'],
  ['Daily Record', 'newspaper', 'GB', 'The Daily Record'],
  ['Western Mail', 'newspaper', 'GB'],
  ['Irish Examiner', 'newspaper', 'IE', 'The Irish Examiner'],
  ['Newstalk', 'broadcaster', 'IE'],
  ['News24', 'online', 'ZA'],
  ['Vanguard', 'newspaper', 'NG', 'Vanguard News'],
  ['ThisDay', 'newspaper', 'NG', 'THISDAY', 'This Day'],
  ['Daily Trust', 'newspaper', 'NG'],
  ['Sahara Reporters', 'online', 'NG', 'SaharaReporters'],
  ['BusinessDay', 'newspaper', 'NG', 'Businessday'],
  ['Ghana News Agency', 'state-media', 'GH', 'GNA'],
  ['Daily Graphic', 'newspaper', 'GH'],
  ['Citi FM', 'broadcaster', 'GH', 'Citi Newsroom'],
  ['Joy News', 'broadcaster', 'GH', 'JoyNews', 'MyJoyOnline', 'Joy FM'],
  ['GhanaWeb', 'online', 'GH'],
  ['New Vision', 'newspaper', 'UG'],
  ['Daily Monitor', 'newspaper', 'UG'],
  ['Addis Standard', 'newspaper', 'ET'],
  ['Sudan Tribune', 'online', 'SD'],
  ['Radio Dabanga', 'broadcaster', 'SD'],
  ['Garowe Online', 'online', 'SO'],
  ['Hiiraan Online', 'online', 'SO'],
  ['Radio Okapi', 'broadcaster', 'CD'],
  ['Actualite.cd', 'online', 'CD'],
  ['NewsDay', 'newspaper', 'ZW'],
  ['Hespress', 'online', 'MA'],
  ["L'Orient-Le Jour", 'newspaper', 'LB', "L'Orient Le Jour"],
  ['Enab Baladi', 'online', 'SY'],
  ['Kayhan', 'newspaper', 'IR', 'Keyhan'],
  ['TOLOnews', 'broadcaster', 'AF', 'Tolo News', 'TOLO News', 'TOLONews'],
  ['Khaama Press', 'online', 'AF'],
  ['Prothom Alo', 'newspaper', 'BD'],
  ['The Kathmandu Post', 'newspaper', 'NP', 'Kathmandu Post'],
  ['Philippine Daily Inquirer', 'newspaper', 'PH', 'Inquirer.net'],
  ['The New Zealand Herald', 'newspaper', 'NZ', 'New Zealand Herald', 'NZ Herald'],
  ['Reforma', 'newspaper', 'MX'],
  ['Milenio', 'newspaper', 'MX'],
  ['El Tiempo', 'newspaper', 'CO'],
  ['Caixin', 'magazine', 'CN'],
];

export const OUTLETS: OutletEntry[] = ROWS.map(([canonical, kind, country, ...aliases]) => ({
  canonical,
  aliases,
  kind,
  country,
}));

// Aliases that are also common words or surnames: they count as an outlet in running text
// only when preceded by "the" ("the Independent"), or as part of a longer alias.
const NEEDS_ARTICLE = new Set([
  'Independent', 'Guardian', 'Telegraph', 'Economist', 'Spectator', 'Insider', 'Intercept', 'Time', 'TIME',
  'Fortune', 'Variety', 'Focus', 'Stern', 'Marca', 'Petra', 'Lusa', 'Dawn', 'Mail', 'Vox', 'Vice', 'Wired',
  'Walla', 'Asahi', 'Yomiuri', 'Mainichi', 'Gazzetta', 'Corriere', 'Zeit', 'Krone', 'Folha', 'Repubblica',
  'Fox', 'Kan', 'Fars', 'Mehr', 'Antara', 'Belga', 'Zvezda', 'Globo', 'Bakhtar', 'Yedioth', 'Spiegel', 'Sputnik',
  'Forbes', 'Rai', 'Yle', 'Hromadske', 'Suspilne', 'Oregonian', 'Scotsman', 'New Yorker', 'Newsis', 'Tasnim',
  'Anadolu', 'Kyodo', 'Jiji', 'Ritzau', 'Tanjug', 'Caixin', 'Rudaw', 'Bild', 'Vanguard', 'Reforma', 'Milenio', 'Kayhan',
]);
// Aliases that name an outlet only when "the" is written before them in the text as well
// as in the alias ("The Hill", "The Sun", "The Age", "The National", "The Information").
const ARTICLE_IS_PART = new Set(['The Hill', 'The Sun', 'The Age', 'The National', 'The Information', 'The Australian', 'The Observer', 'The Mirror', 'The Free Press', 'The Atlantic', 'The Verge', 'The Times', 'The Cradle', 'The Punch', 'The Hindu', 'The East African', 'The Mainichi', 'The Tennessean']);
// Words after an alias that show it is not the outlet ("Bloomberg LP", "Reuters Foundation").
const NOT_OUTLET_AFTER = /^[\s\u00a0]*(?:LP|L\.P\.|Inc|Foundation|Philanthropies|Terminal|Group|Holdings|Plc|plc|Corporation|Corp)\b/;

const byKey = new Map<string, OutletEntry>();
const matcher = new PhraseMatcher<{ entry: OutletEntry; alias: string }>();
const keyOf = (s: string) => foldKey(s).replace(/[’‘]/g, "'").replace(/[^a-z0-9&']+/g, ' ').trim().replace(/^the /, '');

for (const entry of OUTLETS) {
  for (const name of [entry.canonical, ...entry.aliases]) {
    if (!byKey.has(keyOf(name))) byKey.set(keyOf(name), entry);
    if (ARTICLE_IS_PART.has(name)) {
      matcher.add(name, { entry, alias: name });
      continue;
    }
    const bare = name.replace(/^The /, '');
    matcher.add(bare, { entry, alias: bare });
    if (bare !== name) matcher.add(name, { entry, alias: name });
  }
}

// Words around an outlet name in a mention ("the AFP news agency", "Israeli broadcaster Kan").
const MENTION_PREFIX = /^(?:the\s+)?(?:(?:[A-Z][a-z]+(?:'s)?|state|state-run|state-owned|public|official|pan-arab|independent|local|daily|weekly|online|news|newspaper|broadcaster|tv|television|channel|radio|outlet|agency|wire|magazine|media|website|site|portal|network|service|business|financial|news agency|public broadcaster)\s+)+/i;
const MENTION_SUFFIX = /(?:\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|public\s+broadcaster|channel|television|tv|network|radio|news\s+outlet|outlet|news\s+site|website|magazine|wire(?:\s+service)?|report|reporter|journalist|correspondent|editor|'s))+$/i;

/** The outlet a mention names: 'AFP', 'the AFP news agency', 'The New York Times', 'NYT'. */
export function lookupOutlet(mention: string): OutletEntry | null {
  const m = mention.trim().replace(/^["“”'‘’]+|["“”'‘’.,;:]+$/g, '').replace(/['’]s$/, '');
  if (!m) return null;
  const exact = matchWhole(m);
  if (exact) return exact;
  const stripped = m.replace(MENTION_SUFFIX, '').trim();
  for (const candidate of [stripped, stripped.replace(MENTION_PREFIX, ''), m.replace(MENTION_PREFIX, '')]) {
    if (!candidate) continue;
    const hit = matchWhole(candidate);
    if (hit) return hit;
  }
  // Last resort: a single gazetteer mention inside the phrase ("Israeli broadcaster Kan").
  // (a phrase: tokenised on its own, not through the article's shared token stream)
  const found = mentionsIn(m, tokenize(m), (t, toks, i) => matcher.matchAt(t, toks, i));
  if (found.length === 1 && found[0].end - found[0].start >= 2) return found[0].entry;
  return null;
}

function matchWhole(s: string): OutletEntry | null {
  const toks = tokenize(s);
  if (!toks.length) return null;
  const hit = matcher.matchAt(s, toks, 0);
  if (hit && hit.last === toks.length) return hit.value.entry;
  // Case-insensitive fallback only for longer names ("the new york times"), never acronyms.
  const k = keyOf(s);
  const e = byKey.get(k);
  if (e && k.length > 4 && !NEEDS_ARTICLE.has(s.replace(/^the\s+/i, ''))) return e;
  return null;
}

export interface OutletMention {
  start: number;
  end: number;
  mention: string;
  entry: OutletEntry;
}

/** All gazetteer mentions of outlets in a text, left to right, longest match at each place. */
export function findOutletMentions(text: string): OutletMention[] {
  return mentionsIn(text, tokensOf(text), outletMatchAt);
}

function mentionsIn(text: string, tokens: Token[], matchAt: (text: string, tokens: Token[], i: number) => OutletMatch | null): OutletMention[] {
  const out: OutletMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(text, tokens, i);
    if (!m) {
      i++;
      continue;
    }
    if (acceptOutletMatch(text, m.start, m.end, m.value.alias)) {
      let start = m.start;
      // Include a directly preceding "the"/"The" in the mention.
      const before = text.slice(Math.max(0, start - 4), start);
      if (/^(?:the|The) $/.test(before) && !/^the /i.test(m.value.alias)) start -= 4;
      out.push({ start, end: m.end, mention: text.slice(start, m.end), entry: m.value.entry });
    }
    i = m.last;
  }
  return out;
}

/** Shared with the actor scanner: is this gazetteer hit an outlet in context? */
export function acceptOutletMatch(text: string, start: number, end: number, alias: string): boolean {
  if (NOT_OUTLET_AFTER.test(text.slice(end, end + 16))) return false;
  // A possessive company sense: "Reuters' parent company" is still the outlet; fine.
  // "The National Institute of Health", "The Hill Country": a longer name, not the outlet.
  if ((NEEDS_ARTICLE.has(alias) || ARTICLE_IS_PART.has(alias)) && /^ \p{Lu}/u.test(text.slice(end, end + 2))) return false;
  if (NEEDS_ARTICLE.has(alias)) {
    const before = text.slice(Math.max(0, start - 4), start);
    if (!/(?:^|\s)the $/i.test(before) && !/^(?:the|The) $/.test(before)) {
      // Or followed by a media word ("Kan public broadcaster", "Dawn newspaper").
      if (!/^\s+(?:news|newspaper|daily|magazine|broadcaster|public broadcaster|TV|television|reported|reports|said|says|wrote|quoted|cited|journalist|reporter|correspondent)\b/.test(text.slice(end, end + 24))) {
        // Or preceded by a media description ("broadcaster Kan", "newspaper Bild").
        if (!/(?:broadcaster|newspaper|daily|magazine|agency|outlet|channel|tabloid|weekly|paper|website|TV|radio)\s+$/i.test(text.slice(Math.max(0, start - 24), start))) return false;
      }
    }
  }
  return true;
}

/** Outlet phrase matcher, for scanners that already tokenised the text. */
export const OUTLET_MATCHER = matcher;

type OutletMatch = PhraseMatch<{ entry: OutletEntry; alias: string }>;
// The outlet finder and the actor scanner ask at the same tokens of an article: remember answers
// per token stream (a stream from tokensOf belongs to one text).
const outletMatches = new WeakMap<Token[], (OutletMatch | null | undefined)[]>();
let lastTokens: Token[] | null = null;
let lastMatches: (OutletMatch | null | undefined)[] = [];

/** OUTLET_MATCHER.matchAt(text, tokens, i), remembered per token stream. */
export function outletMatchAt(text: string, tokens: Token[], i: number): OutletMatch | null {
  if (tokens !== lastTokens) {
    let found = outletMatches.get(tokens);
    if (!found) outletMatches.set(tokens, (found = new Array(tokens.length)));
    lastTokens = tokens;
    lastMatches = found;
  }
  const known = lastMatches[i];
  if (known !== undefined) return known;
  return (lastMatches[i] = matcher.matchAt(text, tokens, i));
}
