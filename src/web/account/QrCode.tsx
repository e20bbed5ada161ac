import { create } from "qrcode";

/**
 * A QR code as inline SVG drawn from the library's module matrix (qrcode's `create`): one path,
 * no style attributes and no innerHTML, so the strict CSP holds. A quiet zone of four modules
 * keeps phone cameras happy; `label` is the image's accessible name.
 */
export function QrCode({
  text,
  label,
  size = 200,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const count = modules.size;
  let d = "";
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const extent = count + 2 * quiet;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${extent} ${extent}`}
      width={size}
      height={size}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className="kurs-qr"
      data-testid="totp-qr"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
