import { photoSrc } from "./links";

/** A person's photo, or their initials when there is none; always the same box, so nothing shifts as it loads. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : "";
  return `${first}${last}`.toLocaleUpperCase("vi");
}

export function Avatar({ name, photoPath, size = 56 }: { name: string; photoPath: string | null; size?: number }) {
  const box = { width: size, height: size };
  if (photoPath) {
    return (
      // The name is always printed beside the picture, so the picture itself needs no text.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={photoSrc(photoPath)}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        className="avatar-photo"
        style={box}
      />
    );
  }
  return (
    <span aria-hidden="true" className="avatar-initials" style={{ ...box, fontSize: Math.round(size * 0.36) }}>
      {initials(name)}
    </span>
  );
}
