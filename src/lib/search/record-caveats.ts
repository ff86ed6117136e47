/**
 * What search results say of passages whose words a copy the repository does
 * not hold may word otherwise: a journalist who finds a quotation here must
 * learn, in the result, that it may not be the publisher's wording. Read from
 * each source's reading capture, whose record says what is known.
 */
import type { CheckedCapture } from '../captures/capture.ts';
import { passageCaveats, resultCaveat } from '../captures/passage-caveats.ts';
import type { RecordCaveats } from './search-records.ts';

/** Each source's caveats by passage, each in the sentence its results show. */
export function recordCaveats(captures: ReadonlyArray<Pick<CheckedCapture, 'source' | 'reading' | 'label' | 'meta'>>): RecordCaveats {
  return new Map(
    captures
      .filter((capture) => capture.reading)
      .map((capture) => {
        const sentences = [...passageCaveats(capture.meta)].flatMap(([id, caveats]) => {
          const sentence = resultCaveat(caveats, capture.label);
          return sentence ? [[id, sentence] as const] : [];
        });
        return [capture.source, new Map(sentences)] as const;
      }),
  );
}
