/**
 * @module test/cluster/multilingual
 * Invented reports in several languages, written for these tests: a refinery fire in Port Averly on
 * 4 February 2031 reported in English, Russian, German and Chinese, and other events of the same days.
 */

import type { ClusterInput } from '../../src/cluster/index.js';

const at = (hour: number, day = 4) => `2031-02-0${day}T${String(hour).padStart(2, '0')}:00:00Z`;

/** The fire, in English. */
export const FIRE_EN: ClusterInput[] = [
  {
    id: 'fire-en-1',
    title: 'Fire at Velant Energy refinery in Port Averly injures 12 workers',
    text:
      'A fire broke out at the Velant Energy refinery in Port Averly on Tuesday, February 4, injuring 12 ' +
      'workers. Mayor Mara Tesvik said about 300 firefighters fought the blaze through the night. Velant ' +
      'Energy said the fire started in a storage tank and that production had been halted. Residents of ' +
      'the harbour district were told to keep their windows closed because of the smoke.',
    published: at(9),
  },
  {
    id: 'fire-en-2',
    title: 'Port Averly refinery blaze: 300 firefighters, 12 hurt',
    text:
      'Firefighters brought the fire at the Velant Energy refinery in Port Averly under control after ' +
      'fighting it for eleven hours, Mayor Mara Tesvik said on February 4. Twelve workers were injured, ' +
      'two of them seriously. About 300 firefighters and 40 engines were sent to the refinery. Velant ' +
      'Energy chief executive Oren Falk said the company would investigate the cause of the fire.',
    published: at(15),
  },
];

/** The fire, in Russian (names transliterated), German and Chinese. */
export const FIRE_RU: ClusterInput = {
  id: 'fire-ru-1',
  title: 'Пожар на нефтеперерабатывающем заводе Велант Энерджи в Порт-Эверли',
  text:
    'Пожар на нефтеперерабатывающем заводе компании Велант Энерджи в Порт-Эверли вспыхнул 4 февраля. ' +
    'Пострадали 12 рабочих. По словам мэра Мары Тесвик, с огнём боролись около 300 пожарных. Глава ' +
    'компании Орен Фальк заявил, что причины пожара будут расследованы. Жителям портового района ' +
    'посоветовали не открывать окна из-за дыма.',
  published: at(18),
};

export const FIRE_DE: ClusterInput = {
  id: 'fire-de-1',
  title: 'Brand in der Raffinerie von Velant Energy in Port Averly',
  text:
    'In der Raffinerie von Velant Energy in Port Averly ist am 4. Februar ein Feuer ausgebrochen. Zwölf ' +
    'Arbeiter wurden verletzt. Nach Angaben von Bürgermeisterin Mara Tesvik kämpften rund 300 ' +
    'Feuerwehrleute die ganze Nacht gegen die Flammen. Velant Energy teilte mit, das Feuer sei in einem ' +
    'Tanklager entstanden. Die Produktion wurde eingestellt.',
  published: at(12),
};

export const FIRE_ZH: ClusterInput[] = [
  {
    id: 'fire-zh-1',
    title: '港口炼油厂发生火灾 十二名工人受伤',
    text:
      '2月4日，港口区一家炼油厂发生火灾，造成十二名工人受伤。市长表示，约三百名消防员连夜扑救。' +
      '公司称，火灾起于一个储油罐，生产已经停止。当局提醒港区居民因烟雾关闭门窗。',
    published: at(11),
  },
  {
    id: 'fire-zh-2',
    title: '炼油厂火灾已被控制',
    text:
      '消防员经过十一个小时的扑救，控制了港口区炼油厂的火灾。市长说，十二名工人受伤，其中两人伤势严重。' +
      '约三百名消防员和四十辆消防车赶到炼油厂。公司表示将调查火灾原因。',
    published: at(16),
  },
];

/** Another event of the same day, in Russian: a storm in another city. */
export const STORM_RU: ClusterInput[] = [
  {
    id: 'storm-ru-1',
    title: 'Шторм обрушился на Нордхейм',
    text:
      'Сильный шторм обрушился на город Нордхейм 4 февраля. Ветер валил деревья и срывал крыши, без ' +
      'электричества остались 8 тысяч домов. Губернатор Ильва Стрём призвала жителей не выходить на улицу. ' +
      'Паромы на острова отменены, школы закрыты до среды.',
    published: at(10),
  },
  {
    id: 'storm-ru-2',
    title: 'В Нордхейме восстанавливают электроснабжение после шторма',
    text:
      'После шторма 4 февраля в Нордхейме энергетики восстанавливают электроснабжение. Губернатор Ильва ' +
      'Стрём сообщила, что без света всё ещё остаются тысячи домов. Ветер повалил сотни деревьев, паромы ' +
      'на острова пока не ходят, школы закрыты до среды.',
    published: at(20),
  },
];
