import { describe, expect, it } from 'vitest';
import { parseEvaluationList } from './import';

describe('reading a pasted evaluation round', () => {
  it('reads codes and names, Korean or English outcomes, tabs or commas, with or without a header', () => {
    const text = [
      'city,outcome,heldOn,validUntilYear,followUpYear,note',
      '11470,재지정,2026-06-10,2029',
      '충북 옥천군,redesignated',
      '"Yangyang-gun, Gangwon",조건부 재지정,,,2027,보완 필요',
    ].join('\n');
    const { lines, issues } = parseEvaluationList(text, 2026);
    expect(issues).toEqual([]);
    expect(lines).toEqual([
      {
        line: 2,
        city: '11470',
        outcome: 'redesignated',
        heldOn: new Date('2026-06-10T00:00:00Z'),
        validUntilYear: 2029,
        followUpYear: undefined,
        note: null,
      },
      {
        line: 3,
        city: '충북 옥천군',
        outcome: 'redesignated',
        heldOn: undefined,
        validUntilYear: undefined,
        followUpYear: undefined,
        note: null,
      },
      {
        line: 4,
        city: 'Yangyang-gun, Gangwon',
        outcome: 'conditional',
        heldOn: undefined,
        validUntilYear: undefined,
        followUpYear: 2027,
        note: '보완 필요',
      },
    ]);
    expect(parseEvaluationList('11470\t재지정 유예\n', 2026).lines[0]).toMatchObject({ outcome: 'withheld' });
  });

  it('reports every bad line by number, and what was wrong, instead of guessing', () => {
    const text = [
      '11470,재지정',
      '11680,합격',
      '11710,지정 취소',
      '11740,재지정,2026-02-30',
      '11470,재지정',
      ',재지정',
      '11200,재지정,,2025',
    ].join('\n');
    const { issues } = parseEvaluationList(text, 2026);
    expect(issues).toEqual([
      { line: 2, key: 'unknownOutcome', value: '11680' },
      { line: 3, key: 'endingNeedsDay', value: '11710' },
      { line: 4, key: 'dateFormat', value: '11740' },
      { line: 5, key: 'duplicateLine', value: '11470' },
      { line: 6, key: 'cityMissing', value: '' },
      { line: 7, key: 'yearBeforeDue', value: '11200' },
    ]);
  });

  it('refuses an empty list and a list that is not CSV', () => {
    expect(parseEvaluationList('\n \n', 2026).issues).toEqual([{ line: 0, key: 'emptyList' }]);
    expect(parseEvaluationList('"unclosed,재지정\n', 2026).issues).toEqual([{ line: 0, key: 'unreadableList' }]);
  });
});
