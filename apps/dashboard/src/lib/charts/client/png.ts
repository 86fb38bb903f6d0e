/** Everything the saved image carries besides the chart: its title and where the data comes from. */
export interface PngCaption {
  title: string;
  source: string;
  url: string;
}

const WIDTH = 1200;
// Unquoted family names: the string goes inside the SVG's double-quoted style attributes.
const FONT = 'system-ui, Noto Sans CJK TC, Noto Sans TC, sans-serif';
const PAD = 32;

/**
 * Saves the chart as a PNG whose image carries the title above and the source line and link
 * below, so the picture still cites its data when it travels alone.
 */
export async function savePng(svgMarkup: string, caption: PngCaption, filename: string): Promise<void> {
  // On the page the chart's text inherits the page's font; an image has nothing to inherit from.
  const standalone = svgMarkup.replaceAll('font-family:inherit', `font-family:${FONT}`);
  const svg = new Blob([standalone], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const chartHeight = Math.round((image.height / image.width) * (WIDTH - 2 * PAD)) || 400;
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = chartHeight + 150;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1d1d1f';
    ctx.font = `600 26px ${FONT}`;
    ctx.fillText(caption.title, PAD, 48);
    ctx.drawImage(image, PAD, 72, WIDTH - 2 * PAD, chartHeight);
    ctx.font = `16px ${FONT}`;
    ctx.fillStyle = '#4a4f57';
    ctx.fillText(caption.source, PAD, chartHeight + 104, WIDTH - 2 * PAD);
    ctx.fillText(caption.url, PAD, chartHeight + 130, WIDTH - 2 * PAD);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('could not encode PNG');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(png);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
