type Image = { src: string; width: number; height: number; alt: string }

/**
 * An image in one of the sizes Payload made, as a plain <img> rendered on the server. The site
 * serves Payload's sizes as they are (`images.unoptimized` in next.config.mjs), so next/image would
 * add nothing a browser does not do itself, yet it is a client component: about 5.5 KB of gzipped
 * JavaScript, and one more component to hydrate, on every page with a picture.
 *
 * `priority` is for the page's largest picture above the fold (its LCP element): fetched first and
 * never lazy. It is not preloaded from the head: React would send that hint in the page's RSC data
 * too, and every link prefetching the page would then download its picture at high priority.
 * Every other picture loads when it comes near the viewport.
 * Width and height are always given, so the page keeps its layout while images arrive (CLS 0).
 */
export function Photo({
  image,
  alt = image.alt,
  className,
  priority = false,
}: {
  image: Image
  alt?: string
  className?: string
  priority?: boolean
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the file as Payload made it
    <img
      src={image.src}
      width={image.width}
      height={image.height}
      alt={alt}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
    />
  )
}
