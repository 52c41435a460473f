// Well-known organisations, government bodies and armed groups, with acronyms and short forms.
import { COUNTRIES } from './places.js';

export interface OrganizationEntry {
  canonical: string;
  aliases: string[];
  /** matched regardless of case ("security council") */
  caseInsensitiveAliases?: string[];
}

type Row = [string, ...string[]];

const ROWS: Row[] = [
  // international
  ['United Nations', 'UN', 'U.N.', 'the UN', 'the U.N.'],
  ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'],
  ['United Nations General Assembly', 'UN General Assembly', 'U.N. General Assembly', 'UNGA', 'General Assembly'],
  ['UNICEF', "United Nations Children's Fund", 'Unicef'],
  ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN refugee agency', 'U.N. refugee agency'],
  ['UNRWA', 'United Nations Relief and Works Agency', 'UN Relief and Works Agency'],
  ['World Food Programme', 'WFP', 'World Food Program'],
  ['Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN OCHA'],
  ['UNESCO'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ', 'World Court'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO'],
  ['NATO', 'North Atlantic Treaty Organization', 'Nato', 'North Atlantic Alliance'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission'],
  ['European Parliament'],
  ['European Council'],
  ['European Central Bank', 'ECB'],
  ['Council of Europe'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['African Union', 'AU'],
  ['Arab League', 'League of Arab States'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Association of Southeast Asian Nations', 'ASEAN', 'Asean'],
  ['Organisation of Islamic Cooperation', 'OIC'],
  ['Economic Community of West African States', 'ECOWAS', 'Ecowas'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries'],
  ['G7', 'Group of Seven', 'G-7'],
  ['G20', 'Group of 20', 'G-20'],
  ['BRICS'],
  ['Interpol'],
  ['Europol'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Democratic Unity Roundtable', 'Democratic Union Roundtable', 'MUD'],
  ['Red Crescent'], ['Palestine Red Crescent Society', 'Palestinian Red Crescent', 'PRCS'],
  ['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders', 'Medecins Sans Frontieres'],
  ['Amnesty International', 'Amnesty'],
  ['Human Rights Watch', 'HRW'],
  ['Reporters Without Borders', 'Reporters Sans Frontières'],
  ['Committee to Protect Journalists', 'CPJ'],
  ['International Olympic Committee', 'IOC'],
  ['FIFA'],
  ['UEFA'],
  ['SITE Intelligence Group', 'SITE'],
  ['Institute for the Study of War', 'ISW'],
  ['Syrian Observatory for Human Rights', 'SOHR'],
  // armed and political groups
  ['Hamas', 'HAMAS', 'Islamic Resistance Movement'],
  ['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hezbolla'],
  ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ'],
  ['Fatah'],
  ['Palestinian Authority'],
  ['Palestine Liberation Organization', 'PLO'],
  ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarallah', 'Houthi rebels'],
  ['Taliban', 'the Taliban'],
  ['Afghan Taliban'],
  ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan'],
  ['Al-Qaeda', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida', 'al Qaida'],
  ['Al-Qaeda in the Islamic Maghreb', 'AQIM', 'al Qaeda of Islamic Maghreb', 'al-Qaeda in the Islamic Maghreb', 'al Qaeda in the Islamic Maghreb', 'Al Qaeda in the Islamic Maghreb'],
  ['Al-Qaeda in the Arabian Peninsula', 'AQAP'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  ['Boko Haram'],
  ['Al-Shabaab', 'al-Shabab', 'Al-Shabab', 'al-Shabaab', 'Al Shabaab', 'al Shabaab', 'al Shabab', 'Al Shabab', 'Shabaab', 'Shabab', 'Shebab', 'al-Shebab', 'Al-Shebab'],
  ['Wagner Group', 'Wagner', 'Wagner mercenary group'],
  ['Kurdistan Workers\' Party', 'PKK'],
  ['Syrian Democratic Forces', 'SDF'],
  ['Hayat Tahrir al-Sham', 'HTS'],
  ['Rapid Support Forces', 'RSF'],
  ['Muslim Brotherhood'],
  ['Qassam Brigades', 'al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades'],
  ['Al-Aqsa Martyrs Brigades', 'al-Aqsa Martyrs Brigades'],
  ['Popular Mobilization Forces', 'PMF', 'Hashd al-Shaabi'],
  ['Kataib Hezbollah', "Kata'ib Hezbollah"],
  ['Al-Nusra Front', 'Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra'],
  ['Lashkar-e-Taiba', 'LeT', 'Lashkar-e-Toiba'],
  ['Jaish-e-Mohammed', 'JeM', 'Jaish-e-Muhammad'],
  ['Free Syrian Army', 'FSA'],
  ['African National Congress', 'ANC'],
  ['Conservative Party', 'Tories', 'Tory', 'Conservatives'],
  ['Labour Party', 'Labour'],
  ['Democratic Alliance'], ['Economic Freedom Fighters', 'EFF'], ['Liberal Democrats', 'Lib Dems'], ['Scottish National Party', 'SNP'],
  // (a party name many states share is qualified with the story's state: "Social Democratic Party (Germany)")
  ['Social Democratic Party', 'Social Democrats', 'Social Democrat'],
  ['Social Democratic Party of Germany', 'SPD', 'German Social Democrats'], ['Christian Democratic Union of Germany', 'CDU', 'Christian Democratic Union'],
  ['Christian Social Union in Bavaria', 'CSU'], ['Alternative for Germany', 'AfD', 'Alternative für Deutschland'],
  ['Law and Justice', 'PiS'], ['Civic Platform'], ['Fidesz'], ['National Rally', 'Rassemblement National'], ['La France Insoumise', 'France Unbowed'],
  ['Lega', 'Lega Nord', 'Northern League'], ['Five Star Movement', 'M5S'], ['Brothers of Italy', "Fratelli d'Italia"], ['Forza Italia'],
  ["Spanish Socialist Workers' Party", 'PSOE'], ['Podemos'], ['Sinn Féin', 'Sinn Fein'], ['Fianna Fáil', 'Fianna Fail'], ['Fine Gael'],
  ['Pakistan Tehreek-e-Insaf', 'Pakistan Tehrik-e-Insaf'], ['Pakistan Muslim League (N)', 'PML-N'], ['Pakistan Peoples Party', 'PPP'],
  ['Awami League'], ['Bangladesh Nationalist Party', 'BNP'], ['Kuomintang', 'KMT'], ['Democratic Progressive Party', 'DPP'],
  ['People Power Party'], ['Democratic Party of Korea'],
  ['Likud'],
  ['Bharatiya Janata Party', 'BJP'],
  ['Indian National Congress'],
  ['United Russia'],
  ['Serbian Progressive Party', 'SNS'], ["Republican People's Party", 'CHP'], ['Justice and Development Party (Turkey)', 'AKP', 'AK Party'],
  ['Azov Brigade', 'Azov Regiment', 'Azov Battalion'],
  ['Security Service of Ukraine', 'SBU'],
  ['Main Intelligence Directorate', 'GUR', 'HUR'],
  ['Frontex'],
  ['International Organization for Migration', 'IOM'],
  ['UN Human Rights Council', 'Human Rights Council', 'UNHRC'],
  ['World Meteorological Organization', 'WMO'],
  ['International Energy Agency', 'IEA'],
  ['Organisation for Economic Co-operation and Development', 'OECD'],
  ['Shanghai Cooperation Organisation', 'SCO'],
  ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Iran\'s Revolutionary Guards'],
  ['Israel Defense Forces', 'IDF', 'Israeli army', 'Israeli military', 'Israel Defence Forces', 'Israeli Defense Forces'],
  ['Mossad'],
  ['Shin Bet', 'Shabak'],
  ['Knesset'],
  // United States
  ['White House', 'the White House'],
  ['United States Department of Defense', 'Pentagon', 'the Pentagon', 'US Department of Defense', 'U.S. Department of Defense', 'Department of Defense', 'Defense Department', 'US Defense Department', 'U.S. Defense Department', 'DoD', 'DOD', 'Department of War', 'War Department'],
  ['United States Department of Commerce', 'Commerce Department', 'US Commerce Department', 'U.S. Commerce Department', 'Department of Commerce'],
  ['United States Department of Energy', 'Energy Department', 'US Energy Department', 'Department of Energy'],
  ['United States Department of Labor', 'Labor Department', 'US Labor Department', 'Department of Labor'],
  ['United States Department of Agriculture', 'Agriculture Department', 'USDA', 'Department of Agriculture'],
  ['United States Department of Health and Human Services', 'Department of Health and Human Services', 'Health and Human Services Department', 'HHS'],
  ['United States Department of Education', 'Education Department', 'US Education Department', 'Department of Education'],
  ['United States Department of Transportation', 'Transportation Department', 'Department of Transportation'],
  ['United States Department of Veterans Affairs', 'Veterans Affairs Department', 'Department of Veterans Affairs', 'VA'],
  ['United States Department of the Interior', 'Interior Department', 'US Interior Department', 'Department of the Interior'],
  ['United States Department of Housing and Urban Development', 'Department of Housing and Urban Development', 'HUD'],
  ['Immigration and Customs Enforcement', 'ICE', 'U.S. Immigration and Customs Enforcement', 'US Immigration and Customs Enforcement'],
  ['U.S. Customs and Border Protection', 'Customs and Border Protection', 'CBP'],
  ['Secret Service', 'US Secret Service', 'U.S. Secret Service'],
  ['Drug Enforcement Administration', 'DEA'],
  ['Federal Communications Commission', 'FCC'],
  ['Federal Trade Commission', 'FTC'],
  ['Environmental Protection Agency', 'EPA'],
  ['National Institutes of Health', 'NIH'],
  ['Internal Revenue Service', 'IRS'],
  ['Office of Personnel Management', 'OPM'],
  ['Department of Government Efficiency', 'DOGE'],
  ['National Transportation Safety Board', 'NTSB'],
  ['Office of the Director of National Intelligence', 'ODNI'],
  ['Joint Chiefs of Staff (United States)', 'US Joint Chiefs of Staff', 'U.S. Joint Chiefs of Staff'],
  ['United States Space Force', 'Space Force', 'US Space Force'],
  ['United States Coast Guard', 'Coast Guard', 'US Coast Guard', 'U.S. Coast Guard'],
  ['National Guard', 'US National Guard'],
  ['Democratic National Committee', 'DNC'],
  ['Republican National Committee', 'RNC'],
  ['United States Department of State', 'State Department', 'US State Department', 'U.S. State Department', 'Department of State'],
  ['United States Department of the Treasury', 'Treasury Department', 'US Treasury', 'U.S. Treasury', 'Treasury', 'Department of the Treasury', 'US Treasury Department', 'U.S. Treasury Department'],
  ['United States Department of Justice', 'Justice Department', 'US Justice Department', 'U.S. Justice Department', 'Department of Justice', 'DOJ'],
  ['United States Department of Homeland Security', 'Department of Homeland Security', 'DHS', 'Homeland Security'],
  ['Central Intelligence Agency', 'CIA'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['National Security Agency', 'NSA'],
  ['National Security Council', 'NSC'],
  ['United States Congress', 'Congress', 'US Congress', 'U.S. Congress'],
  ['United States Senate', 'Senate', 'US Senate', 'U.S. Senate'],
  ['United States House of Representatives', 'House of Representatives'],
  ['Supreme Court', 'US Supreme Court', 'U.S. Supreme Court'],
  ['Federal Reserve', 'the Fed', 'Fed', 'US Federal Reserve'],
  ['Securities and Exchange Commission', 'SEC'],
  ['Federal Aviation Administration', 'FAA'],
  ['Centers for Disease Control and Prevention', 'CDC'],
  ['Food and Drug Administration', 'FDA'],
  ['NASA', 'National Aeronautics and Space Administration'],
  ['United States Geological Survey', 'USGS', 'US Geological Survey', 'U.S. Geological Survey'],
  ['United States Armed Forces', 'US military', 'U.S. military', 'US armed forces', 'U.S. armed forces', 'American military'],
  ['United States Army', 'US Army', 'U.S. Army'],
  ['United States Navy', 'US Navy', 'U.S. Navy', 'American navy'],
  ['United States Air Force', 'US Air Force', 'U.S. Air Force', 'American air force'],
  // air forces and navies under their reference names where these are not "<Demonym> Air Force/Navy"
  ['Pakistan Air Force', 'Pakistani air force', 'Pakistani Air Force', 'Pakistan air force'], ['Indian Air Force', 'Indian air force'], ['Israeli Air Force', 'Israeli air force'],
  ['Royal Air Force', 'RAF', 'British air force'], ['Russian Air Force', 'Russian air force'], ["People's Liberation Army Air Force", 'Chinese air force', 'PLA Air Force'],
  ['Republic of Korea Air Force', 'South Korean air force'], ['Japan Air Self-Defense Force', 'Japanese air force'], ['Islamic Republic of Iran Air Force', 'Iranian air force'],
  ['Royal Saudi Air Force', 'Saudi air force'], ['Royal Australian Air Force', 'Australian air force', 'RAAF'], ['Royal Canadian Air Force', 'Canadian air force', 'RCAF'],
  ['French Air and Space Force', 'French air force'],
  ['Royal Navy', 'British navy'], ['Turkish Naval Forces', 'Turkish navy'], ['Pakistan Navy', 'Pakistani navy'], ['Russian Navy', 'Russian navy'],
  ["People's Liberation Army Navy", 'Chinese navy', 'PLA Navy'], ['Republic of Korea Navy', 'South Korean navy'], ["Korean People's Army Naval Force", 'North Korean navy'],
  ['Japan Maritime Self-Defense Force', 'Japanese navy'], ['Islamic Republic of Iran Navy', 'Iranian navy'], ['Royal Australian Navy', 'Australian navy'],
  ['Royal Canadian Navy', 'Canadian navy'], ['Royal Saudi Navy', 'Saudi navy'], ['Hellenic Navy', 'Greek navy'], ['Royal Thai Navy', 'Thai navy'],
  ['Royal Malaysian Navy', 'Malaysian navy'], ['Sri Lanka Navy', 'Sri Lankan navy'], ['Bangladesh Navy', 'Bangladeshi navy'], ['Royal Netherlands Navy', 'Dutch navy'],
  ['Royal Norwegian Navy', 'Norwegian navy'], ['Royal Danish Navy', 'Danish navy'], ['Indonesian Navy', 'Indonesian navy'], ['Philippine Navy', 'Philippine navy'],
  // armed forces under their reference names where these are not "<Demonym> Armed Forces" ("Cameroon", not
  // "Cameroonian"), with the army where it has a name of its own
  ['Republic of China Armed Forces', 'Taiwanese military', 'Taiwanese armed forces', 'Taiwanese Armed Forces', 'Taiwanese army'],
  ['Cameroon Armed Forces', 'Cameroonian military', 'Cameroonian armed forces', 'Cameroonian Armed Forces', 'Cameroonian army'],
  ['Bangladesh Armed Forces', 'Bangladeshi military', 'Bangladeshi armed forces'], ['Bangladesh Army', 'Bangladeshi army'],
  ['Sri Lanka Armed Forces', 'Sri Lankan military', 'Sri Lankan armed forces'], ['Sri Lanka Army', 'Sri Lankan army'],
  ['Ghana Armed Forces', 'Ghanaian military', 'Ghanaian armed forces'], ['Ghana Army', 'Ghanaian army'],
  ['Singapore Armed Forces', 'Singaporean military', 'Singaporean armed forces'], ['Singapore Army', 'Singaporean army'],
  ['Armed Forces of Armenia', 'Armenian military', 'Armenian armed forces', 'Armenian Armed Forces', 'Armenian army'],
  ['Armed Forces of the Philippines', 'Philippine military', 'Philippine armed forces', 'Filipino military'], ['Philippine Army', 'Philippine army'],
  ['Islamic Republic of Iran Armed Forces', 'Iranian military', 'Iranian armed forces', 'Iranian Armed Forces'], ['Islamic Republic of Iran Army', 'Iranian army'],
  ['Armed Forces of Burkina Faso', 'Burkinabe military', 'Burkinabe armed forces', 'Burkinabe Armed Forces', 'Burkinabe army'],
  ['Defense Forces of Georgia', 'Georgian military', 'Georgian armed forces', 'Georgian Armed Forces', 'Georgian army'],
  ["Uganda People's Defence Force", 'Ugandan military', 'Ugandan armed forces', 'Ugandan army', 'UPDF'],
  ['Ethiopian National Defense Force', 'Ethiopian military', 'Ethiopian armed forces', 'Ethiopian army', 'ENDF'],
  ['Hellenic Armed Forces', 'Greek military', 'Greek armed forces', 'Greek Armed Forces'], ['Hellenic Army', 'Greek army'],
  ['Australian Defence Force', 'Australian military', 'Australian armed forces', 'ADF'], ['Australian Army', 'Australian army'],
  ['New Zealand Defence Force', 'New Zealand military', 'NZDF'],
  ['South African National Defence Force', 'South African military', 'South African armed forces', 'SANDF'], ['South African Army', 'South African army'],
  ['Zimbabwe Defence Forces', 'Zimbabwean military', 'Zimbabwean armed forces', 'Zimbabwean army'],
  ["People's Army of Vietnam", 'Vietnamese military', 'Vietnamese army', 'Vietnamese armed forces'],
  ['United States Marine Corps', 'US Marines', 'U.S. Marines', 'US Marine Corps', 'U.S. Marine Corps', 'U.S. Marine', 'US Marine'],
  ['Republican Party', 'GOP', 'Republicans'],
  ['Democratic Party', 'Democrats'],
  // other governments
  ['Kremlin', 'the Kremlin'],
  ['Downing Street', 'No 10', 'Number 10'],
  ['Elysée Palace', 'Elysee', 'Élysée', 'Elysee Palace'],
  ['Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO'],
  ['House of Commons'], ['House of Lords'],
  ['Bundestag'],
  ['Duma', 'State Duma'],
  ['Federal Security Service', 'FSB', 'Federal Security Service of Russia'],
  ['Joint Chiefs of Staff', 'JCS'],
  ['Chinese Communist Party', 'Communist Party of China', 'CCP', 'CPC'],
  ["People's Liberation Army", 'PLA', 'Chinese military', 'Chinese army', 'Chinese armed forces'],
  ['Ukrainian Armed Forces', 'Armed Forces of Ukraine'],
  ['Russian Armed Forces', 'Russian military', 'Russian army'],
  ['Afghan National Security Forces', 'ANSF'],
  ['Armed Forces of Ukraine', 'Ukrainian army', 'Ukrainian military', 'Ukraine\'s armed forces'],
  ['French Armed Forces', 'French army', 'French military'],
  ['British Armed Forces', 'British military', 'British armed forces'], ['British Army', 'British army'],
  ['Korean People\'s Army', 'North Korean army', 'North Korean military', 'KPA'],
  ['Republic of Korea Armed Forces', 'South Korean military', 'South Korean army'],
  ['Egyptian Armed Forces', 'Egyptian army', 'Egyptian military'],
  ['Syrian Arab Army', 'Syrian army', 'Syrian military'],
  ['Lebanese Armed Forces', 'Lebanese army', 'Lebanese military'],
  ['Iraqi Armed Forces', 'Iraqi army', 'Iraqi military', 'Iraqi forces'],
  ['Turkish Armed Forces', 'Turkish army', 'Turkish military'],
  ['Indian Armed Forces', 'Indian military', 'Indian armed forces'], ['Indian Army', 'Indian army'],
  ['Japan Self-Defense Forces', 'Self-Defense Forces', 'Japanese military'],
  ['Sudanese Armed Forces', 'Sudanese army', 'Sudanese military', 'SAF'],
  ['National Army of Colombia', 'Colombian army', 'Colombian National Army'], ['Kenya Defence Forces', 'Kenya Defense Forces', 'KDF', 'Kenyan military'],
  ['Tatmadaw', 'Myanmar military', 'Myanmar army', 'Myanmar\'s military', 'Burmese military', 'Burmese army', 'Burmese armed forces', 'Burmese Armed Forces', 'Myanmar armed forces'],
  ['Bundeswehr', 'German army', 'German military'],
  ['National Police (France)', 'French police', 'French National Police'],
  ['Metropolitan Police Service', 'Metropolitan Police', 'Scotland Yard', 'Met Police'], ['Royal Canadian Mounted Police', 'RCMP', 'Mounties', 'the Mounties'],
  ['European Court of Human Rights', 'ECHR'],
  ['European Court of Justice', 'ECJ', 'Court of Justice of the European Union'],
  ['Court of Arbitration for Sport', 'CAS'],
  ['World Anti-Doping Agency', 'WADA'],
  ['International Federation of Journalists', 'IFJ'],
  ['Transparency International'],
  ['Greenpeace'],
  ['Oxfam'],
  ['Save the Children'],
  ['International Rescue Committee', 'IRC'],
  ['Norwegian Refugee Council', 'NRC'],
  ['World Economic Forum', 'WEF'],
  ['Bank of England'],
  ['Bank of Japan', 'BOJ'],
  ['People\'s Bank of China', 'PBOC'],
  ['Central Bank of Russia', 'Bank of Russia', 'Russian central bank'],
  ['Supreme Court of the United Kingdom', 'UK Supreme Court'],
  ['Gaza Health Ministry', 'Gaza health ministry', 'Palestinian Health Ministry', 'Hamas-run health ministry', 'Gaza\'s health ministry'],
  ['Jamaat Nusrat al-Islam wal-Muslimin', 'JNIM'],
  ['Islamic State – Khorasan Province', 'ISIS-K', 'ISKP', 'Islamic State Khorasan'],
  ['M23', 'March 23 Movement'],
  ['Ansar al-Sharia'],
  ['Irish Republican Army', 'IRA'],
  ['Ku Klux Klan', 'KKK'],
  ['Proud Boys'],
  ['Sinaloa Cartel'],
  ['Jalisco New Generation Cartel', 'CJNG'],
  ['Pakistan Army', 'Pakistani army', 'Pakistani military'],
  ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF', 'Bureau of Alcohol, Tobacco and Firearms'],
  ['Liberal Democratic Party (Japan)', 'Liberal Democratic Party', 'LDP'],
  ['Inter-Services Intelligence', 'ISI'],
];

/** Companies often in the news (also organisations; "the company" may point back to them). */
const COMPANY_ROWS: Row[] = [
  ['News Corp', 'News Corporation'],
  ['Bloomberg L.P.', 'Bloomberg LP'],
  ['Thomson Reuters Corporation', 'Thomson Reuters'],
  ['JPMorgan Chase', 'JPMorgan', 'JP Morgan', 'J.P. Morgan', 'JPMorgan Chase & Co'],
  ['Goldman Sachs'], ['Morgan Stanley'], ['Bank of America', 'BofA'], ['Wells Fargo'], ['Citigroup', 'Citi'], ['Credit Suisse'], ['UBS'], ['BNP Paribas'],
  ['HSBC'], ['Barclays'], ['Deutsche Bank'], ['BlackRock'], ['Vanguard Group', 'Vanguard'], ['Berkshire Hathaway'], ['Blackstone Inc.', 'Blackstone', 'Blackstone Group'],
  ['TPG Inc.', 'TPG', 'TPG Capital'], ['KKR & Co.', 'KKR'], ['Carlyle Group', 'Carlyle'], ['Apollo Global Management'], ['SoftBank Group', 'SoftBank'], ['Elliott Management'],
  ['Microsoft'], ['Google'], ['Alphabet Inc.', 'Alphabet'], ['Apple Inc.', 'Apple'], ['Amazon', 'Amazon.com'], ['Meta Platforms', 'Meta', 'Facebook Inc'], ['OpenAI'], ['Anthropic'], ['Tesla', 'Tesla Inc.', 'Tesla Motors'], ['SpaceX'], ['xAI'],
  ['TikTok'], ['ByteDance'], ['Twitter'], ['Facebook'], ['Instagram'], ['YouTube'], ['WhatsApp'], ['Telegram'], ['Snap Inc.', 'Snap', 'Snapchat'], ['Pinterest'], ['Reddit'], ['LinkedIn'], ['Discord'],
  ['Salesforce', 'Salesforce.com'], ['Oracle Corporation', 'Oracle'], ['IBM'], ['Cisco Systems', 'Cisco', 'Cisco Systems Inc'], ['Adobe'], ['Nvidia'], ['Intel'], ['AMD', 'Advanced Micro Devices'], ['Qualcomm'], ['Broadcom'], ['TSMC', 'Taiwan Semiconductor Manufacturing Company'],
  ['Samsung Electronics', 'Samsung', 'Samsung Electronics Co'], ['LG Electronics', 'LG', 'LG Electronics Inc'], ['SAP SE', 'SAP'], ['BlackBerry Limited', 'BlackBerry', 'BlackBerry Ltd', 'Research In Motion'], ['Super Micro Computer', 'Supermicro', 'Super Micro'], ['Nokia'], ['Ericsson'], ['Motorola'], ['Lenovo'], ['ZTE'], ['SK Hynix'], ['Micron Technology', 'Micron'], ['ASML', 'ASML Holding'], ['Arm Holdings'], ['Foxconn'], ['Panasonic'], ['Toshiba'], ['Hitachi'], ['Nintendo'], ['Infosys'], ['Wipro'], ['Tata Consultancy Services', 'TCS'], ['Tata Motors'], ['Reliance Industries'], ['Fairfax Financial', 'Fairfax Financial Holdings'], ['Sony'], ['Huawei'], ['Xiaomi'], ['Alibaba Group', 'Alibaba'], ['Tencent'], ['Baidu'], ['Netflix'], ['Spotify'], ['Uber'], ['Airbnb'], ['PayPal'], ['eBay'], ['Yahoo'], ['Dell'], ['HP Inc.'], ['Hewlett-Packard', 'Hewlett Packard'],
  ['The Walt Disney Company', 'Walt Disney', 'Disney', 'Walt Disney Company'], ['Comcast'], ['Warner Bros. Discovery', 'Warner Bros', 'Warner Bros.'], ['Paramount Global', 'Paramount'], ['Time Warner'], ['Viacom'], ['21st Century Fox'], ['Fox Corporation'],
  ['Verizon'], ['AT&T'], ['T-Mobile'], ['Vodafone'],
  ['Walmart'], ['Target Corporation'], ['Costco'], ['Starbucks'], ['McDonald\'s'], ['Coca-Cola', 'Coca-Cola Company'], ['PepsiCo', 'Pepsi'], ['Nike'], ['Adidas'], ['Procter & Gamble', 'P&G'], ['Johnson & Johnson', 'J&J'],
  ['Pfizer'], ['Moderna'], ['AstraZeneca'], ['Novartis'], ['Roche'], ['Merck & Co.', 'Merck'], ['Eli Lilly', 'Eli Lilly and Company'], ['Novo Nordisk'], ['GlaxoSmithKline', 'GSK'], ['Sanofi'], ['Bayer'], ['BioNTech'], ['Bausch + Lomb', 'Bausch & Lomb', 'Bausch and Lomb'], ['Bausch Health'],
  ['Gazprom'], ['Rosneft'], ['Lukoil'], ['Saudi Aramco', 'Aramco'], ['Shell plc', 'Shell', 'Royal Dutch Shell'], ['ConocoPhillips'], ['Petrobras'], ['PetroChina'], ['Sinopec'], ['Repsol'], ['Occidental Petroleum'], ['BP'], ['ExxonMobil', 'Exxon', 'Exxon Mobil'], ['Chevron'], ['TotalEnergies', 'Total'], ['Eni'], ['Equinor'],
  ['Boeing'], ['Airbus'], ['Lockheed Martin'], ['Raytheon', 'RTX'], ['Northrop Grumman'], ['General Dynamics'], ['BAE Systems'], ['Rheinmetall'], ['Palantir', 'Palantir Technologies'], ['Anduril'], ['Elbit Systems'], ['Rafael Advanced Defense Systems'],
  ['General Motors', 'GM'], ['Ford Motor Company', 'Ford Motor'], ['Stellantis'], ['Toyota', 'Toyota Motor', 'Toyota Motor Corp'], ['Honda', 'Honda Motor', 'Honda Motor Co'], ['Nissan', 'Nissan Motor', 'Nissan Motor Co'], ['Mazda', 'Mazda Motor', 'Mazda Motor Corp'], ['Subaru'], ['Mitsubishi Motors'], ['Kia'], ['Hyundai Motor Company', 'Hyundai', 'Hyundai Motor'], ['Volkswagen', 'VW'], ['BMW'], ['Mercedes-Benz'], ['BYD'], ['Renault'],
  ['Siemens'], ['General Electric', 'GE'], ['Nestlé', 'Nestle'], ['Unilever'], ['Glencore'], ['Rio Tinto'], ['BHP'], ['ArcelorMittal'], ['Maersk'],
  ['Qatar Airways'], ['Lufthansa'], ['Air France'], ['British Airways'], ['Delta Air Lines'], ['United Airlines'], ['American Airlines'], ['Ryanair'],
  ['Pearson'], ['Axel Springer'], ['Vivendi'], ['Bertelsmann'],
  ['Fiat', 'Fiat Group', 'Fiat SpA', 'Fiat S.p.A.'], ['Opel', 'Adam Opel', 'Opel AG'], ['Vauxhall Motors', 'Vauxhall'], ['Saab Automobile', 'Saab Automobile AB'],
  ['MTN Group', 'MTN'], ['Bharti Airtel', 'Airtel'], ['Vodafone'], ['Thomson Corporation', 'Thomson Corp', 'Thomson Corp.'], ['Sun Microsystems'],
  ['Trinity Mirror'], ['Daily Mail and General Trust', 'DMGT'], ['Telegraph Media Group'], ['CVC Capital Partners'],
  ['Tokyo Electric Power Company', 'TEPCO', 'Tepco', 'Tokyo Electric Power Co', 'Tokyo Electric Power Co.', 'Tokyo Electric'], ['Dow Jones & Company', 'Dow Jones & Co', 'Dow Jones & Co.'],
];

/** Sports clubs and national bodies often in the news. */
const CLUB_ROWS: Row[] = [
  ['Manchester United', 'Man United', 'Man Utd', 'Manchester United F.C.'], ['Manchester City', 'Man City'], ['Liverpool F.C.', 'Liverpool FC'], ['Chelsea F.C.', 'Chelsea FC'],
  ['Arsenal F.C.', 'Arsenal', 'Arsenal FC'], ['Tottenham Hotspur F.C.', 'Tottenham Hotspur', 'Tottenham'], ['Newcastle United'], ['Aston Villa'], ['West Ham United', 'West Ham'], ['Everton F.C.', 'Everton'], ['Leeds United'],
  ['Real Madrid CF', 'Real Madrid'], ['FC Barcelona', 'Barça', 'Barca'], ['Atlético Madrid', 'Atletico Madrid'], ['Sevilla FC', 'Sevilla'], ['FC Bayern Munich', 'Bayern Munich', 'Bayern', 'Bayern München'], ['Borussia Dortmund', 'Dortmund'],
  ['Juventus', 'Juve'], ['AC Milan'], ['Inter Milan'], ['AS Roma'], ['SSC Napoli', 'Napoli'], ['Paris Saint-Germain F.C.', 'Paris Saint-Germain', 'PSG', 'Paris St Germain', 'Paris St-Germain'], ['Olympique de Marseille', 'Olympique Marseille'],
  ['Ajax', 'AFC Ajax'], ['PSV Eindhoven', 'PSV'], ['Benfica', 'SL Benfica'], ['FC Porto'], ['Sporting CP', 'Sporting Lisbon'], ['Celtic F.C.'], ['Rangers F.C.'], ['Galatasaray'], ['Fenerbahçe', 'Fenerbahce'],
  ['FC Basel'], ['Al-Nassr', 'Al Nassr'], ['Al-Hilal', 'Al Hilal'], ['Inter Miami', 'Inter Miami CF'],
  ['Málaga CF', 'Malaga CF'], ['Olympique Lyonnais'], ['Villarreal CF'], ['Valencia CF'], ['Stade Rennais F.C.', 'Stade Rennais'], ['Lille OSC', 'LOSC Lille'], ['FC Nantes'], ['FC Girondins de Bordeaux', 'Girondins de Bordeaux'], ['Real Betis', 'Betis'], ['Real Sociedad'], ['Athletic Bilbao', 'Athletic Club'], ['Getafe CF'], ['RCD Espanyol', 'Espanyol'], ['RC Celta de Vigo', 'Celta Vigo'], ['ACF Fiorentina', 'Fiorentina'], ['SS Lazio', 'Lazio'], ['Atalanta BC', 'Atalanta'], ['Torino FC'], ['RB Leipzig'], ['Bayer 04 Leverkusen', 'Bayer Leverkusen'], ['VfL Wolfsburg'], ['FC Schalke 04', 'Schalke 04', 'Schalke'], ['Eintracht Frankfurt'], ['Borussia Mönchengladbach', 'Borussia Monchengladbach'], ['Leicester City F.C.', 'Leicester City'], ['Nottingham Forest F.C.', 'Nottingham Forest'], ['AS Monaco FC'],
  // English league clubs by their reference names (towns that stand for them are in TOWN_CLUBS)
  ['Fulham F.C.', 'Fulham FC'], ['Birmingham City F.C.', 'Birmingham City', 'Birmingham City FC'], ['Hull City', 'Hull City AFC', 'Hull City A.F.C.'],
  ['Brighton & Hove Albion F.C.', 'Brighton & Hove Albion', 'Brighton and Hove Albion'], ['West Bromwich Albion', 'West Brom', 'West Bromwich Albion F.C.'],
  ['Grimsby Town', 'Grimsby Town F.C.'], ['Wolverhampton Wanderers F.C.', 'Wolverhampton Wanderers', 'Wolves'], ['Crystal Palace F.C.', 'Crystal Palace'],
  ['Southampton F.C.', 'Southampton FC'], ['Brentford F.C.', 'Brentford FC'], ['AFC Bournemouth'], ['Burnley F.C.', 'Burnley FC'], ['Sunderland A.F.C.', 'Sunderland AFC'],
  ['Stoke City F.C.', 'Stoke City'], ['Swansea City A.F.C.', 'Swansea City'], ['Norwich City F.C.', 'Norwich City'], ['Watford F.C.', 'Watford FC'],
  ['Sheffield United F.C.', 'Sheffield United'], ['Sheffield Wednesday F.C.', 'Sheffield Wednesday'], ['Queens Park Rangers F.C.', 'Queens Park Rangers', 'QPR'],
  ['Blackburn Rovers F.C.', 'Blackburn Rovers'], ['Bolton Wanderers F.C.', 'Bolton Wanderers'], ['Wigan Athletic F.C.', 'Wigan Athletic'], ['Middlesbrough F.C.', 'Middlesbrough FC'],
  ['Derby County F.C.', 'Derby County'], ['Ipswich Town F.C.', 'Ipswich Town'], ['Luton Town F.C.', 'Luton Town'], ['Cardiff City F.C.', 'Cardiff City'],
  ['FC Rubin Kazan', 'Rubin Kazan'], ['Muangthong United', 'SCG Muangthong United', 'Muang Thong United', 'Muangthong'],
  ['Premier League'], ['Football Association', 'The FA'], ['National Football League', 'NFL'], ['National Basketball Association', 'NBA'], ['Major League Baseball', 'MLB'], ['National Hockey League', 'NHL'],
];

/** Towns that stand for their club in a football story ("Liverpool beat Chelsea", "Malaga dismissed reports"). */
const TOWN_CLUBS_LIST: [string, string][] = [
  ['Liverpool', 'Liverpool F.C.'], ['Chelsea', 'Chelsea F.C.'], ['Malaga', 'Málaga CF'], ['Málaga', 'Málaga CF'], ['Lyon', 'Olympique Lyonnais'],
  ['Villarreal', 'Villarreal CF'], ['Valencia', 'Valencia CF'], ['Leicester', 'Leicester City F.C.'], ['Barcelona', 'FC Barcelona'], ['Marseille', 'Olympique de Marseille'],
  ['Porto', 'FC Porto'], ['Rennes', 'Stade Rennais F.C.'], ['Lille', 'Lille OSC'], ['Nantes', 'FC Nantes'], ['Bordeaux', 'FC Girondins de Bordeaux'], ['Getafe', 'Getafe CF'], ['Wolfsburg', 'VfL Wolfsburg'], ['Leverkusen', 'Bayer 04 Leverkusen'], ['Leipzig', 'RB Leipzig'], ['Monaco', 'AS Monaco FC'], ['Sevilla', 'Sevilla FC'], ['Seville', 'Sevilla FC'], ['Eindhoven', 'PSV Eindhoven'], ['Sporting', 'Sporting CP'],
  ['Fulham', 'Fulham F.C.'], ['Birmingham', 'Birmingham City F.C.'], ['Hull', 'Hull City'], ['Brighton', 'Brighton & Hove Albion F.C.'], ['Grimsby', 'Grimsby Town'],
  ['Southampton', 'Southampton F.C.'], ['Brentford', 'Brentford F.C.'], ['Bournemouth', 'AFC Bournemouth'], ['Burnley', 'Burnley F.C.'], ['Sunderland', 'Sunderland A.F.C.'],
  ['Stoke', 'Stoke City F.C.'], ['Swansea', 'Swansea City A.F.C.'], ['Norwich', 'Norwich City F.C.'], ['Watford', 'Watford F.C.'], ['Blackburn', 'Blackburn Rovers F.C.'],
  ['Bolton', 'Bolton Wanderers F.C.'], ['Wigan', 'Wigan Athletic F.C.'], ['Middlesbrough', 'Middlesbrough F.C.'], ['Ipswich', 'Ipswich Town F.C.'], ['Luton', 'Luton Town F.C.'],
];
export const TOWN_CLUBS: ReadonlyMap<string, string> = new Map(TOWN_CLUBS_LIST);

/** Armed groups: what "the terror group", "the militant group" point back to. */
export const ARMED_GROUP_NAMES: ReadonlySet<string> = new Set([
  'Hamas', 'Hezbollah', 'Palestinian Islamic Jihad', 'Houthis', 'Taliban', 'Afghan Taliban', 'Tehrik-i-Taliban Pakistan', 'Al-Qaeda',
  'Al-Qaeda in the Islamic Maghreb', 'Al-Qaeda in the Arabian Peninsula', 'Islamic State', 'Boko Haram', 'Al-Shabaab', 'Wagner Group',
  "Kurdistan Workers' Party", 'Syrian Democratic Forces', 'Hayat Tahrir al-Sham', 'Rapid Support Forces', 'Qassam Brigades',
  'Al-Aqsa Martyrs Brigades', 'Popular Mobilization Forces', 'Kataib Hezbollah', 'Al-Nusra Front', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed',
  'Free Syrian Army', 'Jamaat Nusrat al-Islam wal-Muslimin', 'Islamic State – Khorasan Province', 'M23', 'Ansar al-Sharia', 'Irish Republican Army',
  'Sinaloa Cartel', 'Jalisco New Generation Cartel',
]);

export const COMPANY_NAMES: ReadonlySet<string> = new Set(COMPANY_ROWS.map((r) => r[0]));

/** Sports clubs: what "the club" points back to, and what their first word alone names ("Atletico"). */
export const CLUB_NAMES: ReadonlySet<string> = new Set([...CLUB_ROWS.map((r) => r[0]), ...TOWN_CLUBS_LIST.map(([, club]) => club)].filter((n) => !/League|Association|^[A-Z]{2,4}$/.test(n)));

/**
 * "<Demonym> Armed Forces" and "<Demonym> Army" for every state the rows above give no armed forces ("Brazilian
 * military", "the Bolivian armed forces", "the Nigerian army"), as reference works name most of them.
 */
function armedForcesRows(listed: Row[]): Row[] {
  const named = new Set(listed.flatMap((r) => r.slice(1).map((a) => a.toLowerCase())));
  const out: Row[] = [];
  for (const c of COUNTRIES) {
    const demonym = c.demonyms.find((d) => !/s$|-led$/.test(d));
    if (!demonym || named.has(`${demonym} military`.toLowerCase()) || named.has(`${demonym} army`.toLowerCase())) continue;
    // (its army under the name reference works give most of them: "Nigerian Army")
    out.push([`${demonym} Armed Forces`, `${demonym} military`, `${demonym} armed forces`, `${demonym} Armed Forces`], [`${demonym} Army`, `${demonym} army`]);
  }
  return out;
}

/** "<Demonym> Air Force" for every state the rows above give none ("the Sudanese air force"). */
function airForceRows(listed: Row[]): Row[] {
  const named = new Set(listed.flatMap((r) => r.map((a) => a.toLowerCase())));
  const out: Row[] = [];
  for (const c of COUNTRIES) {
    const demonym = c.demonyms.find((d) => !/s$|-led$/.test(d));
    if (!demonym || named.has(`${demonym} air force`.toLowerCase())) continue;
    out.push([`${demonym} Air Force`, `${demonym} air force`]);
  }
  return out;
}

/** "<Demonym> Navy" for every state the rows above give none ("the French navy"). */
function navyRows(listed: Row[]): Row[] {
  const named = new Set(listed.flatMap((r) => r.map((a) => a.toLowerCase())));
  const out: Row[] = [];
  for (const c of COUNTRIES) {
    const demonym = c.demonyms.find((d) => !/s$|-led$/.test(d));
    if (!demonym || named.has(`${demonym} navy`.toLowerCase())) continue;
    out.push([`${demonym} Navy`, `${demonym} navy`]);
  }
  return out;
}

export const ORGANIZATIONS: OrganizationEntry[] = [...ROWS, ...armedForcesRows(ROWS), ...airForceRows(ROWS), ...navyRows(ROWS), ...COMPANY_ROWS, ...CLUB_ROWS].map(([canonical, ...aliases]) => ({ canonical, aliases: aliases.filter((a) => a !== canonical) }));

/** Lower-case phrases that still name an organisation ("the security council"). */
export const CASE_INSENSITIVE_ORG_ALIASES: [string, string][] = [
  ['security council', 'United Nations Security Council'],
  ['general assembly', 'United Nations General Assembly'],
  ['white house', 'White House'],
  ['us military', 'United States Armed Forces'],
  ['u.s. military', 'United States Armed Forces'],
];

/** Each state's election authority under its own name ("the electoral commission" of an article about the state). */
export const ELECTORAL_COMMISSIONS: ReadonlyMap<string, string> = new Map([
  ['Democratic Republic of the Congo', 'Independent National Electoral Commission'],
  ['Republic of the Congo', 'Independent National Electoral Commission'],
  ['Nigeria', 'Independent National Electoral Commission'],
  ['Zimbabwe', 'Zimbabwe Electoral Commission'],
  ['Kenya', 'Independent Electoral and Boundaries Commission'],
  ['South Africa', 'Electoral Commission of South Africa'],
  ['Ghana', 'Electoral Commission of Ghana'],
  ['Uganda', 'Electoral Commission of Uganda'],
  ['Zambia', 'Electoral Commission of Zambia'],
  ['Malawi', 'Malawi Electoral Commission'],
  ['Tanzania', 'National Electoral Commission of Tanzania'],
  ['Mozambique', 'National Elections Commission (Mozambique)'],
  ['Liberia', 'National Elections Commission (Liberia)'],
  ['Sierra Leone', 'Electoral Commission for Sierra Leone'],
  ['Ethiopia', 'National Election Board of Ethiopia'],
  ['Cameroon', 'Elections Cameroon'],
  ['Ivory Coast', 'Independent Electoral Commission (Ivory Coast)'],
  ['Guinea', 'Independent National Electoral Commission (Guinea)'],
  ['Senegal', 'Autonomous National Electoral Commission (Senegal)'],
  ['Venezuela', 'National Electoral Council (Venezuela)'],
  ['Bolivia', 'Supreme Electoral Tribunal (Bolivia)'],
  ['Brazil', 'Superior Electoral Court'],
  ['Mexico', 'National Electoral Institute'],
  ['Peru', 'National Office of Electoral Processes'],
  ['Colombia', 'National Registry of Civil Status'],
  ['India', 'Election Commission of India'],
  ['Pakistan', 'Election Commission of Pakistan'],
  ['Bangladesh', 'Bangladesh Election Commission'],
  ['Sri Lanka', 'Election Commission of Sri Lanka'],
  ['Nepal', 'Election Commission of Nepal'],
  ['Afghanistan', 'Independent Election Commission (Afghanistan)'],
  ['Iraq', 'Independent High Electoral Commission'],
  ['Iran', 'Election Headquarters of Iran'],
  ['Indonesia', 'General Elections Commission'],
  ['Philippines', 'Commission on Elections'],
  ['Thailand', 'Election Commission of Thailand'],
  ['Cambodia', 'National Election Committee (Cambodia)'],
  ['Myanmar', 'Union Election Commission'],
  ['Russia', 'Central Election Commission of Russia'],
  ['Ukraine', 'Central Election Commission (Ukraine)'],
  ['Belarus', 'Central Election Commission of Belarus'],
  ['Georgia', 'Central Election Commission of Georgia'],
  ['United Kingdom', 'Electoral Commission (United Kingdom)'],
  ['United States', 'Federal Election Commission'],
  ['Australia', 'Australian Electoral Commission'],
  ['New Zealand', 'Electoral Commission (New Zealand)'],
  ['Canada', 'Elections Canada'],
  ['South Korea', 'National Election Commission (South Korea)'],
  ['Taiwan', 'Central Election Commission (Taiwan)'],
  ['Japan', 'Central Election Management Council'],
  ['Turkey', 'Supreme Election Council (Turkey)'],
  ['Egypt', 'National Election Authority (Egypt)'],
  ['Tunisia', 'Independent High Authority for Elections'],
]);
