// Words that describe a role, a kind of organisation or place, or nobody in particular.

/** Title words stripped from the front of a name ("Prime Minister Nawaz Sharif"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  ('president vice prime minister ministers secretary chief director deputy general gen lt col colonel major captain capt ' +
    'commander admiral marshal sergeant sgt lieutenant brigadier treasurer comptroller ombudsman solicitor auditor sheriff coroner mufti pastor ' +
    'chancellor premier king queen prince princess crown emir amir sheikh sheik sultan pope cardinal archbishop bishop rabbi imam ayatollah ' +
    'mr mrs ms miss dr prof professor sir dame lord lady senator sen rep representative congressman congresswoman governor gov mayor ' +
    'ambassador envoy spokesman spokeswoman spokesperson judge justice attorney chairman chairwoman chair ceo cfo coo founder head leader ' +
    'foreign defence defense interior finance justice health education trade economy energy home state cabinet security national ' +
    'assistant acting former senior special adviser advisor counsellor councillor speaker officer official inspector superintendent commissioner ' +
    'executive managing editor reporter correspondent journalist analyst coach manager striker midfielder defender goalkeeper star singer actor actress ' +
    'host anchor author writer lawmaker mp mep dean rector father brother sister saint st supreme majority minority whip press first lady').split(' '),
);

/** Lower-case nouns for people in a role: "journalist Barak Ravid", "spokesman Zabihullah Mujahid". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  ('official officials spokesman spokeswoman spokesperson journalist reporter correspondent analyst analysts expert experts source sources ' +
    'witness witnesses resident residents minister ministers leader leaders chief head director president secretary envoy diplomat diplomats ' +
    'officer officers soldier soldiers commander commanders lawmaker lawmakers negotiator negotiators mediator mediators investigator investigators ' +
    'authorities authority government administration police military army forces troops people person man woman men women member members ' +
    'activist activists campaigner campaigners lawyer lawyers doctor doctors medic medics staff worker workers employee employees executive executives ' +
    'insider insiders aide aides adviser advisers advisor advisors representative representatives delegation delegate delegates team group ' +
    'militants rebels fighters insurgents gunmen attackers survivors victims families family relatives student students teacher teachers').split(' '),
);

/** Last words that mark a capitalised phrase as an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ('agency administration ministry department council committee commission group party front movement army forces force navy police ' +
    'service services bank corp corporation company co inc ltd llc plc lp ag sa gmbh holdings university college institute institution ' +
    'center centre centers centres hospital clinic school academy hotel network organization organisation union association foundation fund ' +
    'court tribunal office board authority bureau club fc team band airlines airways airline railways brigade brigades battalion regiment ' +
    'guard guards corps command directorate secretariat assembly parliament congress senate cabinet government federation league alliance ' +
    'coalition society trust church mosque temple observatory laboratory lab laboratories station studio studios records pictures motors ' +
    'industries systems technologies energy oil petroleum pharmaceuticals group restaurant cafe café bar store stores market exchange ' +
    'programme program project mission united rovers wanderers athletic hotspur albion community partners constabulary ' +
    'coastguard fleet division squadron gendarmerie militia forum productions insurance securities investments resources railway telecom software pharma labs ' +
    'times post herald journal tribune gazette chronicle courier dealer plaindealer observer examiner inquirer enquirer sentinel dispatch bulletin ledger telegraph advertiser').split(' '),
);

/** Last words that mark a capitalised phrase as a place. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  ('sea ocean river lake mountains mountain mount hills valley desert island islands peninsula strip bank coast gulf bay strait canal ' +
    'province county district region state territory city town village square street avenue road bridge airport port harbour harbor ' +
    'stadium arena park camp border crossing heights plateau basin delta oblast governorate prefecture municipality neighbourhood ' +
    'neighborhood quarter suburb township tehsil commune subdistrict parish borough canton raion emirate').split(' '),
);

/** Capitalised words that are never actors on their own. */
export const NON_ACTOR_WORDS: ReadonlySet<string> = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow yesterday ' +
    'gmt utc est edt pst pdt bst cet am pm bc ad ok tv dna gdp ceo ai covid i me we you he she they it mr mrs ms dr ' +
    'q1 q2 q3 q4 h1 h2 ' + // quarters and halves of a financial year
    'islam islamic muslim muslims christian christians christianity jewish jews judaism catholic hindu buddhist sunni shia shiite ' +
    'english arabic hebrew persian farsi urdu russian-language ' +
    'read more update breaking exclusive live watch photo video reuters-style editor note advertisement related ' +
    'north south east west northern southern eastern western central ' +
    'god lord internet web x islamist islamists jihadist jihadists westerner westerners christmas easter ramadan eid hanukkah thanksgiving ' +
    'ebola zika cholera malaria coronavirus ecstasy cocaine heroin fentanyl olympic paralympic nordic andean sino scandinavian ' +
    'allahu akbar palestinian palestinians arab arabs kurdish kurd kurds jew muslim european europeans african africans asian asians latino latinos western westerners').split(' '),
);

/** Phrases naming no one in particular: such speakers have no actor. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  ('source sources official officials witness witnesses person people someone analyst analysts expert experts observer observers insider ' +
    'insiders resident residents report reports media diplomat diplomats police authorities investigators negotiators mediators spokesman ' +
    'spokeswoman spokesperson aide aides survivor survivors doctor doctors medic medics man woman men women member members ' +
    'critics lawmakers activists they he she it it we i you one others rescuers officer officers').split(' '),
);
