/**
 * The ministry's mark (the same drawing as app/icon.svg), drawn inline so the admin needs no
 * extra request and the mark follows the page's size.
 */
export function MinistryMark({ size = 32 }: { size?: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="#174a78" />
      <circle cx="32" cy="26" r="13" fill="#f2c14e" />
      <rect x="8" y="44" width="48" height="12" rx="2" fill="#f6f8fb" />
      {[13, 23, 35, 45].map((x) => (
        <rect key={x} x={x} y="47" width="6" height="6" rx="1" fill="#174a78" />
      ))}
    </svg>
  )
}
