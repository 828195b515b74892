/**
 * What stops a form, at its top: a list that links to each field (the GOV.UK error summary).
 * It takes the focus when it appears, so a screen reader hears it and a keyboard is one Tab from
 * the first field to fix; each link moves the focus to its field.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryItem = {
  message: string;
  target: string | null;
  /**
   * Shows the part of the form the field is on (another step), before the focus moves there; with
   * no target, to the first field marked invalid.
   */
  reveal?: () => void;
};

/** How long after a link moved the focus the summary leaves it where it is. */
const FOLLOW_MS = 2_000;

/** The element itself, or for a composite field (a date in parts) its first part. */
function focusable(field: HTMLElement): HTMLElement {
  if (field.matches('input, select, textarea, button, a[href], [tabindex]')) return field;
  return field.querySelector<HTMLElement>('input, select, textarea, [tabindex]') ?? field;
}

export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  /**
   * When a link here last moved the focus to a field: the list redrawn then must not take it back.
   * Never, at first: performance.now() counts from the page's load, so 0 would keep the focus
   * away from a summary shown in the first seconds after a full load.
   */
  const followed = useRef(Number.NEGATIVE_INFINITY);
  const shown = items.map((i) => i.message).join('\n');
  useEffect(() => {
    if (shown === '' || performance.now() - followed.current < FOLLOW_MS) return;
    box.current?.focus();
  }, [shown]);
  if (items.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={box}
    >
      <h2 id="error-summary-title">{t('form.summaryTitle')}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={`${String(index)}:${item.message}`}>
            {item.target === null && item.reveal === undefined ? (
              item.message
            ) : (
              <a
                href={`#${item.target ?? ''}`}
                onClick={(event) => {
                  followed.current = performance.now();
                  const moveTo = () => {
                    // Without a known field: the first one marked invalid on the step.
                    const field =
                      item.target === null
                        ? document.querySelector<HTMLElement>('[aria-invalid="true"]')
                        : document.getElementById(item.target);
                    if (field === null) return false;
                    field.scrollIntoView({ block: 'center' });
                    focusable(field).focus();
                    return true;
                  };
                  if (item.reveal === undefined) {
                    if (moveTo()) event.preventDefault();
                    return;
                  }
                  event.preventDefault();
                  item.reveal();
                  // The step's fields are drawn in a coming frame (later on a slow phone): look
                  // for the field each frame until it is there, for at most a second.
                  let frames = 0;
                  const tryMove = () => {
                    if (!moveTo() && ++frames < 60) requestAnimationFrame(tryMove);
                  };
                  requestAnimationFrame(tryMove);
                }}
              >
                {item.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
