import { describe, expect, it } from 'vitest';
import { datelineAndCredit } from '../../../../electron/core/extract/metadata/dateline-and-credit';

describe('datelineAndCredit', () => {
  it('Yonhap style', () => {
    expect(datelineAndCredit('SEOUL, March 31 (Yonhap) -- North Korea has hosted the first large-scale gathering of instructors.')).toEqual({
      dateline: 'SEOUL, March 31 (Yonhap) —',
      credit: '(Yonhap)',
    });
  });

  it('AP style, with a region', () => {
    expect(datelineAndCredit('LA CROSSE, Wis. (AP) — After a summer of historic tumult, the path to the presidency…')).toEqual({
      dateline: 'LA CROSSE, Wis. (AP) —',
      credit: '(AP)',
    });
  });

  it('a bare upper-case dateline', () => {
    expect(datelineAndCredit('PYONGYANG — Kim Jong-un inspected the new factory on Monday, state media said.')).toEqual({ dateline: 'PYONGYANG —', credit: null });
  });

  it('German agency style', () => {
    expect(datelineAndCredit('Berlin (dpa) - Die Bundesregierung will die Integration von Geflüchteten beschleunigen.')).toEqual({
      dateline: 'Berlin (dpa) —',
      credit: '(dpa)',
    });
  });

  it('Korean agency style', () => {
    expect(datelineAndCredit('(서울=연합뉴스) 김재원 기자 = 북한이 전국 소년단 지도원 강습을 처음으로 열었다고 보도했다.')).toEqual({ dateline: '서울', credit: '(연합뉴스)' });
  });

  it('a trailing bracketed credit', () => {
    expect(datelineAndCredit('North Korea has hosted the first large-scale gathering of instructors, state media reported Monday. [YONHAP]')).toEqual({
      dateline: null,
      credit: '[YONHAP]',
    });
  });

  it('ordinary sentences have neither', () => {
    expect(datelineAndCredit('North Korea has hosted the first large-scale gathering of instructors for a nationwide union.')).toEqual({ dateline: null, credit: null });
    expect(datelineAndCredit('The KCNA (the state agency) — as usual — said nothing about it at all today.')).toEqual({ dateline: null, credit: null });
    expect(datelineAndCredit('')).toEqual({ dateline: null, credit: null });
  });
});
