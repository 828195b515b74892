/**
 * What every editable part of the case file says above its form: the last save in words, an
 * error, and — after a conflict — both versions to merge.
 */
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { MergePanel } from './MergePanel.tsx';
import type { useCasePart } from './useCasePart.ts';

export function PartState<T extends Record<string, unknown>>(props: {
  part: ReturnType<typeof useCasePart<T>>;
  describe: (value: unknown, list: string | null, path: string) => string;
}) {
  const { part } = props;
  return (
    <>
      <p role="status" className="status">
        {part.status}
      </p>
      <ErrorMessage error={part.error} />
      {part.conflict === null ? null : (
        <MergePanel
          conflict={part.conflict}
          describe={props.describe}
          onResolve={(merged) => {
            void part.resolve(merged);
          }}
          onDiscard={part.discard}
        />
      )}
    </>
  );
}
