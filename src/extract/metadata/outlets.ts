/**
 * @module extract/metadata/outlets
 * Major news outlets as readers know them: each one's name, the domains it publishes on, and the short
 * names it calls itself on its own pages (`ST`, `BT`, `FMT`). A page's host, a site name that is only
 * a domain (`Straitstimes.com`) or a self-reference by short name are looked up here.
 */

interface Outlet {
  readonly name: string;
  readonly domains: readonly string[];
  /** Short names the outlet uses for itself on its pages (never matched against other text). */
  readonly aliases?: readonly string[];
}

const OUTLETS: readonly Outlet[] = [
  // Wire agencies
  { name: 'Reuters', domains: ['reuters.com'] },
  { name: 'AP News', domains: ['apnews.com', 'ap.org'] },
  { name: 'AFP', domains: ['afp.com'] },
  { name: 'Bloomberg', domains: ['bloomberg.com'] },
  { name: 'Xinhua', domains: ['xinhuanet.com', 'news.cn'] },
  { name: 'TASS', domains: ['tass.com', 'tass.ru'] },
  { name: 'Kyodo News', domains: ['kyodonews.net'] },
  { name: 'Yonhap News Agency', domains: ['yna.co.kr'] },
  { name: 'Bernama', domains: ['bernama.com'] },
  { name: 'Anadolu Agency', domains: ['aa.com.tr'] },
  { name: 'ANI', domains: ['aninews.in'] },
  { name: 'Press Trust of India', domains: ['ptinews.com'] },
  { name: 'Interfax', domains: ['interfax.com', 'interfax.ru'] },
  { name: 'RIA Novosti', domains: ['ria.ru'] },
  { name: 'dpa', domains: ['dpa.com'] },
  { name: 'EFE', domains: ['efe.com'] },
  { name: 'ANSA', domains: ['ansa.it'] },
  { name: 'UPI', domains: ['upi.com'] },
  { name: 'AAP', domains: ['aap.com.au'] },
  // Singapore, Malaysia, South-East Asia
  { name: 'The Straits Times', domains: ['straitstimes.com'], aliases: ['ST'] },
  { name: 'The Business Times', domains: ['businesstimes.com.sg'], aliases: ['BT'] },
  { name: 'CNA', domains: ['channelnewsasia.com'] },
  { name: 'TODAY', domains: ['todayonline.com'] },
  { name: 'Free Malaysia Today', domains: ['freemalaysiatoday.com'], aliases: ['FMT'] },
  { name: 'The Star', domains: ['thestar.com.my'] },
  { name: 'New Straits Times', domains: ['nst.com.my'], aliases: ['NST'] },
  { name: 'Malay Mail', domains: ['malaymail.com'] },
  { name: 'Malaysiakini', domains: ['malaysiakini.com'] },
  { name: 'The Edge Malaysia', domains: ['theedgemalaysia.com'] },
  { name: 'The Jakarta Post', domains: ['thejakartapost.com'] },
  { name: 'Tempo', domains: ['tempo.co'] },
  { name: 'Kompas', domains: ['kompas.com'] },
  { name: 'Bangkok Post', domains: ['bangkokpost.com'] },
  { name: 'The Nation Thailand', domains: ['nationthailand.com'] },
  { name: 'Philippine Daily Inquirer', domains: ['inquirer.net'] },
  { name: 'Rappler', domains: ['rappler.com'] },
  { name: 'VnExpress', domains: ['vnexpress.net'] },
  // East Asia
  { name: 'South China Morning Post', domains: ['scmp.com'], aliases: ['SCMP'] },
  { name: 'The Standard', domains: ['thestandard.com.hk'] },
  { name: 'Hong Kong Free Press', domains: ['hongkongfp.com'], aliases: ['HKFP'] },
  { name: 'China Daily', domains: ['chinadaily.com.cn'] },
  { name: 'Global Times', domains: ['globaltimes.cn'] },
  { name: 'CGTN', domains: ['cgtn.com'] },
  { name: 'Caixin', domains: ['caixinglobal.com', 'caixin.com'] },
  { name: 'Taipei Times', domains: ['taipeitimes.com'] },
  { name: 'Focus Taiwan', domains: ['focustaiwan.tw'] },
  { name: 'The Japan Times', domains: ['japantimes.co.jp'] },
  { name: 'NHK', domains: ['nhk.or.jp'] },
  { name: 'Nikkei Asia', domains: ['asia.nikkei.com'] },
  { name: 'Nikkei', domains: ['nikkei.com'] },
  { name: 'The Asahi Shimbun', domains: ['asahi.com'] },
  { name: 'The Mainichi', domains: ['mainichi.jp'] },
  { name: 'The Yomiuri Shimbun', domains: ['yomiuri.co.jp'] },
  { name: 'The Korea Herald', domains: ['koreaherald.com'] },
  { name: 'The Korea Times', domains: ['koreatimes.co.kr'] },
  { name: 'JoongAng Daily', domains: ['joongang.co.kr'] },
  // South Asia
  {
    name: 'The Times of India',
    domains: ['timesofindia.indiatimes.com', 'indiatimes.com'],
    aliases: ['TOI'],
  },
  { name: 'The Economic Times', domains: ['economictimes.indiatimes.com'] },
  { name: 'Hindustan Times', domains: ['hindustantimes.com'], aliases: ['HT'] },
  { name: 'The Hindu', domains: ['thehindu.com'] },
  { name: 'The Indian Express', domains: ['indianexpress.com'] },
  { name: 'NDTV', domains: ['ndtv.com'] },
  { name: 'India Today', domains: ['indiatoday.in'] },
  { name: 'Firstpost', domains: ['firstpost.com'] },
  { name: 'The Print', domains: ['theprint.in'] },
  { name: 'Mint', domains: ['livemint.com'] },
  { name: 'Dawn', domains: ['dawn.com'] },
  { name: 'The Express Tribune', domains: ['tribune.com.pk'] },
  { name: 'The Daily Star', domains: ['thedailystar.net'] },
  // Middle East and Africa
  { name: 'Al Jazeera', domains: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Al Arabiya', domains: ['alarabiya.net'] },
  { name: 'The National', domains: ['thenationalnews.com'] },
  { name: 'Gulf News', domains: ['gulfnews.com'] },
  { name: 'Arab News', domains: ['arabnews.com'] },
  { name: 'The Times of Israel', domains: ['timesofisrael.com'] },
  { name: 'Haaretz', domains: ['haaretz.com'] },
  { name: 'The Jerusalem Post', domains: ['jpost.com'] },
  { name: 'Daily Sabah', domains: ['dailysabah.com'] },
  { name: 'Hürriyet Daily News', domains: ['hurriyetdailynews.com'] },
  { name: 'Middle East Eye', domains: ['middleeasteye.net'] },
  { name: 'News24', domains: ['news24.com'] },
  { name: 'Daily Maverick', domains: ['dailymaverick.co.za'] },
  { name: 'Mail & Guardian', domains: ['mg.co.za'] },
  { name: 'The East African', domains: ['theeastafrican.co.ke'] },
  { name: 'Nation', domains: ['nation.africa'] },
  { name: 'Premium Times', domains: ['premiumtimesng.com'] },
  // United Kingdom and Ireland
  { name: 'Daily Express', domains: ['express.co.uk'] },
  { name: 'The Inquirer', domains: ['theinquirer.net'] },
  { name: 'BBC News', domains: ['bbc.co.uk', 'bbc.com'], aliases: ['BBC'] },
  { name: 'The Guardian', domains: ['theguardian.com', 'guardian.co.uk'] },
  { name: 'The Times', domains: ['thetimes.co.uk', 'thetimes.com'] },
  { name: 'The Telegraph', domains: ['telegraph.co.uk'] },
  { name: 'The Independent', domains: ['independent.co.uk'] },
  { name: 'Financial Times', domains: ['ft.com'], aliases: ['FT'] },
  { name: 'The Economist', domains: ['economist.com'] },
  { name: 'Sky News', domains: ['news.sky.com', 'sky.com'] },
  { name: 'Daily Mail', domains: ['dailymail.co.uk'] },
  { name: 'The Mirror', domains: ['mirror.co.uk'] },
  { name: 'The Sun', domains: ['thesun.co.uk'] },
  { name: 'Evening Standard', domains: ['standard.co.uk'] },
  { name: 'i', domains: ['inews.co.uk'] },
  { name: 'The Irish Times', domains: ['irishtimes.com'] },
  { name: 'RTÉ', domains: ['rte.ie'] },
  // United States and Canada
  { name: 'New York Post', domains: ['nypost.com'] },
  { name: 'New York Daily News', domains: ['nydailynews.com'] },
  { name: 'CNN Business', domains: ['money.cnn.com'] },
  { name: 'Wired', domains: ['wired.com'] },
  { name: 'Rolling Stone', domains: ['rollingstone.com'] },
  { name: 'E! News', domains: ['eonline.com'] },
  { name: 'Entertainment Weekly', domains: ['ew.com'] },
  { name: 'IndieWire', domains: ['indiewire.com'] },
  { name: 'Fox Sports', domains: ['foxsports.com'] },
  { name: 'Gizmodo', domains: ['gizmodo.com'] },
  { name: 'Engadget', domains: ['engadget.com'] },
  { name: 'CNET', domains: ['cnet.com'] },
  { name: 'The Verge', domains: ['theverge.com'] },
  { name: 'XDA Developers', domains: ['xda-developers.com'] },
  { name: 'HuffPost Canada', domains: ['huffingtonpost.ca'] },
  { name: 'The New York Times', domains: ['nytimes.com'], aliases: ['NYT', 'NYTimes'] },
  { name: 'The Washington Post', domains: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', domains: ['wsj.com'], aliases: ['WSJ'] },
  { name: 'USA Today', domains: ['usatoday.com'] },
  { name: 'Los Angeles Times', domains: ['latimes.com'] },
  { name: 'Chicago Tribune', domains: ['chicagotribune.com'] },
  { name: 'The Boston Globe', domains: ['bostonglobe.com'] },
  { name: 'The Seattle Times', domains: ['seattletimes.com'] },
  { name: 'CNN', domains: ['cnn.com'] },
  { name: 'Fox News', domains: ['foxnews.com'] },
  { name: 'NBC News', domains: ['nbcnews.com'] },
  { name: 'CBS News', domains: ['cbsnews.com'] },
  { name: 'ABC News', domains: ['abcnews.go.com'] },
  { name: 'NPR', domains: ['npr.org'] },
  { name: 'PBS News', domains: ['pbs.org'] },
  { name: 'Politico', domains: ['politico.com', 'politico.eu'] },
  { name: 'Axios', domains: ['axios.com'] },
  { name: 'The Hill', domains: ['thehill.com'] },
  { name: 'CNBC', domains: ['cnbc.com'] },
  { name: 'Forbes', domains: ['forbes.com'] },
  { name: 'Business Insider', domains: ['businessinsider.com'] },
  { name: 'Time', domains: ['time.com'] },
  { name: 'Newsweek', domains: ['newsweek.com'] },
  { name: 'The Atlantic', domains: ['theatlantic.com'] },
  { name: 'The New Yorker', domains: ['newyorker.com'] },
  { name: 'Vox', domains: ['vox.com'] },
  { name: 'Salon', domains: ['salon.com'] },
  { name: 'HuffPost', domains: ['huffpost.com', 'huffingtonpost.com'] },
  { name: 'Voice of America', domains: ['voanews.com'], aliases: ['VOA'] },
  { name: 'Radio Free Europe/Radio Liberty', domains: ['rferl.org'], aliases: ['RFE/RL'] },
  { name: 'The Globe and Mail', domains: ['theglobeandmail.com'] },
  { name: 'Toronto Star', domains: ['thestar.com'] },
  { name: 'CBC News', domains: ['cbc.ca'], aliases: ['CBC'] },
  { name: 'National Post', domains: ['nationalpost.com'] },
  // Australia and New Zealand
  { name: 'ABC News (Australia)', domains: ['abc.net.au'] },
  { name: 'The Sydney Morning Herald', domains: ['smh.com.au'] },
  { name: 'The Age', domains: ['theage.com.au'] },
  { name: 'The Australian', domains: ['theaustralian.com.au'] },
  { name: 'Herald Sun', domains: ['heraldsun.com.au'] },
  { name: 'news.com.au', domains: ['news.com.au'] },
  { name: 'The New Zealand Herald', domains: ['nzherald.co.nz'] },
  { name: 'RNZ', domains: ['rnz.co.nz'] },
  { name: 'Stuff', domains: ['stuff.co.nz'] },
  // Europe
  { name: 'Sputnik', domains: ['sputniknews.com'] },
  { name: 'Deutsche Welle', domains: ['dw.com'], aliases: ['DW'] },
  { name: 'Der Spiegel', domains: ['spiegel.de'] },
  { name: 'Die Zeit', domains: ['zeit.de'] },
  { name: 'Frankfurter Allgemeine Zeitung', domains: ['faz.net'], aliases: ['FAZ'] },
  { name: 'Süddeutsche Zeitung', domains: ['sueddeutsche.de'] },
  { name: 'Die Welt', domains: ['welt.de'] },
  { name: 'Tagesschau', domains: ['tagesschau.de'] },
  { name: 'Le Monde', domains: ['lemonde.fr'] },
  { name: 'Le Figaro', domains: ['lefigaro.fr'] },
  { name: 'Libération', domains: ['liberation.fr'] },
  { name: 'France 24', domains: ['france24.com'] },
  { name: 'RFI', domains: ['rfi.fr'] },
  { name: 'Euronews', domains: ['euronews.com'] },
  { name: 'El País', domains: ['elpais.com'] },
  { name: 'El Mundo', domains: ['elmundo.es'] },
  { name: 'Corriere della Sera', domains: ['corriere.it'] },
  { name: 'la Repubblica', domains: ['repubblica.it'] },
  { name: 'NOS', domains: ['nos.nl'] },
  { name: 'de Volkskrant', domains: ['volkskrant.nl'] },
  { name: 'Neue Zürcher Zeitung', domains: ['nzz.ch'], aliases: ['NZZ'] },
  { name: 'Swissinfo', domains: ['swissinfo.ch'] },
  { name: 'The Local', domains: ['thelocal.com', 'thelocal.de', 'thelocal.fr', 'thelocal.se'] },
  { name: 'Kyiv Independent', domains: ['kyivindependent.com'] },
  { name: 'Ukrainska Pravda', domains: ['pravda.com.ua'] },
  { name: 'The Moscow Times', domains: ['themoscowtimes.com'] },
  { name: 'Meduza', domains: ['meduza.io'] },
  { name: 'Kommersant', domains: ['kommersant.ru'] },
  { name: 'RT', domains: ['rt.com'] },
  { name: 'Notes from Poland', domains: ['notesfrompoland.com'] },
  // Latin America
  { name: 'Folha de S.Paulo', domains: ['folha.uol.com.br'] },
  { name: 'O Globo', domains: ['oglobo.globo.com'] },
  { name: 'Clarín', domains: ['clarin.com'] },
  { name: 'La Nación', domains: ['lanacion.com.ar'] },
  { name: 'El Universal', domains: ['eluniversal.com.mx'] },
  { name: 'MercoPress', domains: ['en.mercopress.com'] },
  { name: 'Buenos Aires Times', domains: ['batimes.com.ar'] },
  // Entertainment, sport, technology and business
  { name: 'Deadline', domains: ['deadline.com'] },
  { name: 'Variety', domains: ['variety.com'] },
  { name: 'The Hollywood Reporter', domains: ['hollywoodreporter.com'], aliases: ['THR'] },
  { name: 'TMZ', domains: ['tmz.com'] },
  { name: 'People', domains: ['people.com'] },
  { name: 'Page Six', domains: ['pagesix.com'] },
  { name: 'Billboard', domains: ['billboard.com'] },
  { name: 'Pitchfork', domains: ['pitchfork.com'] },
  { name: 'ESPN', domains: ['espn.com'] },
  { name: 'The Athletic', domains: ['theathletic.com'] },
  { name: 'Bleacher Report', domains: ['bleacherreport.com'] },
  { name: 'Sky Sports', domains: ['skysports.com'] },
  { name: 'TechCrunch', domains: ['techcrunch.com'] },
  { name: 'Ars Technica', domains: ['arstechnica.com'] },
  { name: 'Mashable', domains: ['mashable.com'] },
  { name: 'The Daily Beast', domains: ['thedailybeast.com'] },
  { name: 'Slate', domains: ['slate.com'] },
  { name: 'Vice', domains: ['vice.com'] },
  { name: 'BuzzFeed News', domains: ['buzzfeednews.com'] },
  { name: 'Yahoo News', domains: ['news.yahoo.com'] },
  { name: 'MarketWatch', domains: ['marketwatch.com'] },
  { name: 'Fortune', domains: ['fortune.com'] },
  { name: 'Metro', domains: ['metro.co.uk'] },
];

/** Every outlet's name, for the analysis to know a news organisation when the text names one. */
export const OUTLET_NAMES: readonly string[] = OUTLETS.map((o) => o.name);

const BY_DOMAIN = new Map<string, string>();
const BY_ALIAS = new Map<string, string>();
for (const outlet of OUTLETS) {
  for (const domain of outlet.domains) BY_DOMAIN.set(domain, outlet.name);
  for (const alias of outlet.aliases ?? []) BY_ALIAS.set(alias, outlet.name);
}

/**
 * The outlet a host belongs to (`www.straitstimes.com`, `edition.cnn.com`, `m.bbc.co.uk`): the host,
 * then each parent domain, looked up in the table; null when none is known.
 */
export function outletForHost(host: string): string | null {
  let domain = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const name = BY_DOMAIN.get(domain);
    if (name) return name;
    const dot = domain.indexOf('.');
    if (dot < 0 || domain.indexOf('.', dot + 1) < 0) return null;
    domain = domain.slice(dot + 1);
  }
}

/** The full name of an outlet's short self-name (`BT` -> `The Business Times`), or null. */
export function outletForAlias(alias: string): string | null {
  return BY_ALIAS.get(alias.trim()) ?? null;
}
