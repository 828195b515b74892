/**
 * Omringd's mark and name: a child (the dot) surrounded by its family, its network and the
 * professionals (the rings) — "veilig en omringd opgroeien". The picture is decoration; the name
 * is the link's text.
 */
export function Wordmark({ name }: { name: string }) {
  return (
    <span className="wordmark">
      <svg
        className="wordmark-mark"
        viewBox="0 0 40 40"
        width="36"
        height="36"
        aria-hidden="true"
        focusable="false"
      >
        <circle
          cx="20"
          cy="20"
          r="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeDasharray="6 4"
        />
        <circle cx="20" cy="20" r="11.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <circle cx="20" cy="20" r="5" fill="#f6c65b" />
      </svg>
      <span className="brand-name">{name}</span>
    </span>
  );
}
