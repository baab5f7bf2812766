import { describe, expect, it } from 'vitest';
import { publishedDate } from '../../../renderer/src/clippings/describe-clipping';

describe('publishedDate', () => {
  it("shows a time on the publisher's clock with its offset, whatever the reader's zone", () => {
    const seoul = publishedDate('2025-03-31T11:10:00+09:00');
    expect(seoul).toMatch(/11:10/);
    expect(seoul).toMatch(/2025/);
    expect(seoul).toMatch(/UTC\+9$/);
    expect(publishedDate('2025-03-30T22:10:00-04:00')).toMatch(/10:10.*UTC−4$/);
    expect(publishedDate('2025-03-31T05:40:00+05:30')).toMatch(/5:40.*UTC\+5:30$/);
    expect(publishedDate('2025-03-31T02:10:00Z')).toMatch(/2:10.*UTC$/);
  });

  it('keeps a bare date a date', () => {
    expect(publishedDate('2025-03-31')).toMatch(/31/);
    expect(publishedDate('2025-03-31')).not.toMatch(/:/);
  });
});
