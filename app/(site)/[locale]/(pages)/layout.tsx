import type { ReactNode } from 'react'

// A segment below the root layout, so that its not-found.tsx is the one Next renders for
// notFound() on any public page (a not-found beside a root layout is not used).
export default function PagesLayout({ children }: { children: ReactNode }) {
  return children
}
