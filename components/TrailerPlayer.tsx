'use client'

import { useState } from 'react'

/**
 * A film's trailer, embedded only when the reader asks: until the click the page makes no request
 * to the video host (privacy: no third-party cookies or tracking on a plain visit). Without
 * JavaScript, or for a host that cannot be embedded, it is a plain link to the trailer.
 */
export function TrailerPlayer({
  href,
  embed,
  label,
  title,
}: {
  href: string
  /** The player's address (lib/trailer.ts), or null to keep the link. */
  embed: string | null
  label: string
  title: string
}) {
  const [playing, setPlaying] = useState(false)
  if (playing && embed)
    return (
      <iframe
        src={embed}
        title={`${label}: ${title}`}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        className="aspect-video w-full rounded-lg border-0 bg-black"
      />
    )
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!embed) return
        event.preventDefault()
        setPlaying(true)
      }}
      className="flex aspect-video w-full items-center justify-center gap-3 rounded-lg bg-steppe-900 text-lg font-medium text-white hover:bg-steppe-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-steppe-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-12 w-12 fill-current">
        <path d="M8 5v14l11-7z" />
      </svg>
      <span>
        {label}
        <span className="sr-only">: {title}</span>
      </span>
    </a>
  )
}
