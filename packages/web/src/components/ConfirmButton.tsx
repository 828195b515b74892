/**
 * A destructive action, asked again before it happens: the button opens a modal dialog that says
 * what will happen, with the confirming button in red and "cancel" first in the focus order
 * (the native <dialog> traps the focus and closes on Escape).
 */
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  children: ReactNode;
  /** What will happen, in one or two sentences. */
  question: string;
  /** The confirming button's words, e.g. "Ja, deactiveer Mira Claes". */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
};

export function ConfirmButton({ children, question, confirmLabel, onConfirm, disabled }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-question`}>
        <p id={`${id}-question`}>{question}</p>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
            }}
          >
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className="danger confirm"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
