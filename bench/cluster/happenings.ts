/**
 * @module bench/cluster/happenings
 * Story-grain truth for giveme5w1h-dev, read by us from the articles (ids and labels only, no text).
 *
 * giveme5w1h's gold events are sometimes storylines: one gold event holds North Korea's missile launches
 * of September 2016, July, August and September 2017; another Equifax's breach disclosure and its later
 * disclosures over 81 days; another two Cardinals retirements a day apart. Stories are happenings (two
 * launches are two stories of one storyline), so stories are scored against happenings and storylines
 * against the gold events.
 *
 * The rule we read by: a report's happening is the occurrence its headline reports as news. Reactions,
 * statements about it, eyewitness accounts and analyses that report that occurrence as their news belong
 * to it, whatever day they run; a report whose news is a new act (a second launch, a second release,
 * another person's retirement, an update or disclosure announced on a later day, an earnings call) starts
 * a new happening. Misdated pages (a crawl date months after the text) stay with the occurrence they
 * report. Pages that are not the article (a site's boilerplate) keep their gold event's first happening:
 * gold errors are not corrected here. Gold events not listed are one happening each.
 */

/** Gold event id -> happenings, each a label and the ids of the reports we read as about it. */
const HAPPENINGS: Readonly<Record<number, Readonly<Record<string, readonly string[]>>>> = {
  10: {
    'leggings-boarding-refused-2017-03-26': [
      '1b020af8515c8d0818cb62f910e610d8d948ba192b51db0ecff514d5',
      '9bf167880254a05acc25881b34bcebde150db67b2cdccf02297ce4b5',
    ],
    'la-tokyo-flight-turns-back-2017-12-26': [
      '36e5d8049672be49dd2b457dcbdde10bcc48ef4547381bc366006b92',
      '38cf0e36c53bbd9c94befa4b5224960148e24888373360620f41b596',
      '409a3093cee20b5071b7396b5721433a80c0dd6af60fa8eed80a72b5',
      '4ea3774837f7170c07a74e2214ead63c285a6e63bd43c129eab90977',
      '909dade37426d1486d1390f715d97649265512dc4aefe80bd706dfc6',
      'c6ace074e5d1510809c24c2cb98fedf149ba5c8774c73157335a0421',
      'ff17e066f4bad19027905a14ddb0f93c14a7c3a49f54ab993a5b1e83',
      '8bfd98d5550565aad2161b1e340733fb39874c34ddbf136c37379378',
    ],
  },
  18: {
    'musk-announces-roadster-payload-2017-12-01': [
      '2e3edacb22734ef938cf1122f31bf6eccb2cf297d719489ce4df665f',
      '466c69cdb53c8dfc93beff5d4961dfd206987202d3258165144ab3ae',
      '25ebe26937a7be8e147e50fc36e29d323f8d5ed0b93402046065a7ca',
      'e2f8cc8b39b6d694af8d40f747135dc51a52667b7319081cb0f9b617',
    ],
    'musk-shows-roadster-on-rocket-2017-12-22': [
      '762131c6e7838a4fea2e533dab8fd29594db095c782535e2314910f6',
      '106fa91c2f79e76714586200ce1fd5b482f70db17ba173a6b29b7f18',
      '12e3629ae0c8fe356b5c757c61b0476e45d76be8625ec4f9f4b86b77',
    ],
  },
  32: {
    'angosat-contact-regained-2017-12-29': [
      '2ea0c85e8b8adfd02aa27a7306e4f7b9afba90f6aef8613e5b2fce59',
      '4c06bb5412a15ba2ca552b4cbf0b1b2c62182cce25228a07ced63de3',
      '2a8b66639fa714b72585dce98ac71e7733d0e5b1473ccc3772c52a47',
      'f56d3ca80321bda65936fa8bf2ff3ba1c2c7a92d0681886ef1eb34d9',
      'a54fd49a5b440207f3bf275fbd60f26742f8c1f2493b3e0b435ae995',
    ],
    'angosat-contact-lost-2017-12-27': ['3d4cead18c8bbad0d056cbe1e59b67ba1bb04359683c8b6575b90a74'],
  },
  34: {
    'trump-in-seoul-op-ed-2017-11-07': ['7a14c6a7dbf38875739f5eb80e73dfc2bccc7e1347885e36e98d90be'],
    'kim-new-year-offer-2018-01-01': [
      '7e7ae7dc2f3ec3249096ba9bd0bbf29c895d54c8f4a6bf4118c47e5b',
      '69ad8dc45611cbd36fdd158cb0a5fe8fe915ac1fd23b208722e4ffbf',
    ],
    'hotline-reopened-2018-01-03': ['a34593b13a3026b381ecb28bdcbfe0750fb2c9553be775c1a613843a'],
  },
  44: {
    'arians-retires-2018-01-01': [
      '5a7c11ed666ae65e5e832fd959cfb7244f8196a02d93990848a4156a',
      '6902d8bc17fea7f979c95e8cd8619a6cf09ca546de0f32b423b0158c',
      '71f6514a26ffe63468c2e29d06a9f43fb756c8f20f18ddf55b9e96b1',
    ],
    'palmer-retires-2018-01-02': [
      '3d18138b883c22873d498b40f8b6d906e0fa3a6cc12b74164edbb63f',
      'e81cc2351b3fc03eb5ddd5bed24f646ffa221d0b8e1805c8ea0bfbe8',
    ],
  },
  66: {
    'twenty-one-released-2016-10-13': [
      '0c3309b31d6abbf74a5073284e695327da5f4d689a02b964df24b63d',
      '36549ab743dc4ee795d71fd6685246e3c186d49b2d1767a9ab5aa3d7',
      '3e072dc26c17df00151c343ef84f342fa46ace1ac967f624bd958077',
      '3e45808466b7d29685f5b0ba638df36edf92d2d2716c79794b59fe77',
      '50463005c1c05fd8527387b7db788156453aba27c0f0801c7557271c',
      'f647e6bff66fcda9f8106b37a3e069ed5eee0fea0337a32437cd847b',
    ],
    'eighty-two-released-2017-05-06': ['a386e5ed27e0877454b373d63dc29d8c2836321db3545f352c1f549a'],
  },
  68: {
    'nice-truck-attack-2016-07-14': [
      '1f500d301693b2f58e25789abd360a5814fa0a9276678ef7021708f9',
      '544db91c72dce4dbe8644c8bc299a17471fcd93197cd4f0b9cfd9642',
      '63296f4e8d8958a6decc65453ae01503764434691fd314f1a9c3d366',
      '73434a97d102acbcbeaf1144d6e6462db5c6f62c9cebea7f43a5dc34',
      '968b809b00b95284e74656bd70261e734c491a8f49cb30344e81c3f3',
      'e951663c53b6a024569b5eaf1040d621a0a2441ab8548de2659e1e74',
      '6134ba149dcae1612e7639a2004f94bc6b540a8e08bb7a4b2ad928af',
      '7452114d1273aff00968ea3a56bc5c7d36fc5dd6ca9554a67af537ee',
      '8a231b8bfaef35d52496dbbc0edc89d5d809e5dc39331ad26b5abcb4',
      '969967bf51a018dc15eccf7862ad7be4ff32836b6e9bd0f37d6dd271',
    ],
    'toll-rises-to-85-2016-08-04': ['85a379126990831ccb2992aa6012ddca7f95724211a54fdc6b76ea50'],
  },
  70: {
    'three-missiles-2016-09-05': ['37cf93577e1d396eb21aae629a28b05f198d005f075a03a9709fea23'],
    'icbm-test-2017-07-28': ['223122915844414f94e4859590ef3fed910f4a59bc38844e0335fb47'],
    'missile-over-japan-2017-08-29': [
      '2989428ad5737c66b7832be5344f2c2fc6086447c32fe93b0b8fd079',
      '88167f71dba9fde243411117c9ae522ff537095ee330c61a62cae258',
      '939a3e0e11d055b8f8b911ba50ba878c031af171e4f4904d850e5398',
      'af997466c1ced309896da42a06a3c3f90a012b355d7e3db86f9fee07',
      'a124707a5aa22b683f5a2b4a84dd75df7acb3a183b34a54714d69fce',
      'e1311d4f9610c74ac49bb5bfedab93daf91d805b1e584fd37bf7de97',
    ],
    'missile-over-japan-2017-09-15': [
      '093c655f7b04e78f432a7b220b219c495031363d1319363f5d0bed37',
      'bad7d665ca0946c864c36efb97d038845370b85a6aeb62a6dfd6e75a',
      '0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5',
      '4a6824d75432095cfa1bd962b0d6d184b7fcf07538e3b96fffdaa2d5',
      '7662128fd9b02fa5a5821f0b2e1568a2d73210c62ce7490cefacf60e',
      'ec0f1c56574624c7dff9e48770cbb0bd16807be60752f9bb4dd1d776',
      '077896ee749c9962dd56840b2c049e45684efcd830c368a4a67a0060',
      '587140c4f72aa485eabeec312787a5fbfb9c7c7c4993c23b2ff5db69',
      '6233dadf09fdc02f5c500c099fece03b10946a5d280119a7a48d03de',
    ],
    'fishing-town-feature-2017-10-19': ['454702c26d8a1ad3f8da2711fcddf6711751c991f7ac42d03220a727'],
    'trump-remarks-on-japan-2017-11-05': ['860202040a213a38600633e84f052795bfcedf35d4e588c941f99307'],
  },
  72: {
    'breach-disclosed-2017-09-07': [
      '5e46270a7d1daf09f3073986060f6a055bc9f7ac5cbba89539a07af1',
      '897929aa89291b1ff2a144f6678b5cd60899051b021b6d67e32ce555',
      'e34a730f623b082df45ddd250ffafa52910331205942e02d5014d5e1',
    ],
    'uk-count-disclosed-2017-09-15': ['1f90784874444c079f59131ecb68b04e47776d6dee4cfb5cc58cc7cc'],
    'earlier-incident-confirmed-2017-09-18': ['acb45b063ffbda8a9ce0dbe7b384f55cd20d5e48ee95a1f9b839acb1'],
    'free-lock-offered-2017-09-27': ['de37fd40e39a33921bf182eeec592794f4289680e25a6ec47fb9e6fe'],
    'count-raised-2017-10-02': [
      '425999fe2123c75070bde0486c260d2b4926764bb9744761a4617253',
      'e2600099767cdf9763fc2a029653c82b1ce437e507381cdd880df11b',
    ],
    'uk-count-raised-2017-10-10': ['4baed2ffb5fce5931401a3a9ea4bb34e1df0b0d13b534b4b8167538c'],
    'earnings-call-2017-11-09': ['fc06f28047b37cf15d3d59468c3433d66644102d50e45b2a0d0da474'],
    'cost-analysis-2017-11-14': ['2d3569028c4a8fb8bbe3a570e4263026e72f28eb1da6562d2ce8aa02'],
    'lookalike-domains-seized-2017-11-14': ['8c9b29cd27637c7db20792acbcb554139e9f91c9ae7f8c0ae0671c5c'],
  },
};

const HAPPENING_OF = new Map<string, string>();
for (const [event, happenings] of Object.entries(HAPPENINGS))
  for (const [label, ids] of Object.entries(happenings))
    for (const id of ids) HAPPENING_OF.set(id, `event-${event}/${label}`);

/** The gold events split into happenings (how many), for the report. */
export const SPLIT_EVENTS = Object.keys(HAPPENINGS).length;

/**
 * A report's happening: its gold event's label, refined where the gold event holds several happenings.
 * Throws when a listed event has a report we did not read (the set changed).
 */
export function happeningOf(doc: { readonly id: string; readonly label: string }): string {
  const happening = HAPPENING_OF.get(doc.id);
  if (happening !== undefined) {
    if (!happening.startsWith(`${doc.label}/`))
      throw new Error(`happenings: ${doc.id} is listed under ${happening}, gold says ${doc.label}`);
    return happening;
  }
  const event = Number(doc.label.replace('event-', ''));
  if (HAPPENINGS[event]) throw new Error(`happenings: ${doc.id} of ${doc.label} was not read`);
  return doc.label;
}
