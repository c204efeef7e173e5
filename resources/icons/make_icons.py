#!/usr/bin/env python3
"""Writes Tintype's UI icons (24x24 SVG, drawn here, no third-party artwork)
in three tints: <name>.svg (for light themes), <name>-dark.svg (for dark
themes) and <name>-white.svg (the viewer). Run it after changing a shape."""
import os

S = 'fill="none" stroke="{c}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'
F = 'fill="{c}"'
ICONS = {
    "photos": f'<rect x="3" y="4" width="18" height="16" rx="3" {S}/><path d="M6 17l4-5 3 3.5 2-2.5 3 4" {S}/><circle cx="16" cy="8.5" r="1.5" {F}/>',
    "folder": f'<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" {S}/>',
    "folder-open": f'<path d="M3 7a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v1M3 7v10a2 2 0 0 0 2 2h12l3-8H7l-3 8" {S}/>',
    "star": f'<path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" {S}/>',
    "star-filled": f'<path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" {F} stroke="{{c}}" stroke-width="2" stroke-linejoin="round"/>',
    "settings": f'<path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" {S}/><circle cx="15" cy="6" r="2" {S}/><circle cx="9" cy="12" r="2" {S}/><circle cx="17" cy="18" r="2" {S}/>',
    "keyboard": f'<rect x="2.5" y="6" width="19" height="12" rx="2" {S}/><path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h.01M7 14.5h10" {S}/>',
    "damaged": f'<path d="M4 5h6l-1.5 4 3 3-2 7H4z" {S}/><path d="M14 5h6v14h-6.5l2-6-3-3z" {S}/>',
    "info": f'<circle cx="12" cy="12" r="9" {S}/><path d="M12 11v6" {S}/><circle cx="12" cy="7.5" r="1.2" {F}/>',
    "close": f'<path d="M6 6l12 12M18 6L6 18" {S}/>',
    "back": f'<path d="M19 12H5M11 6l-6 6 6 6" {S}/>',
    "chevron-left": f'<path d="M15 5l-7 7 7 7" {S}/>',
    "chevron-right": f'<path d="M9 5l7 7-7 7" {S}/>',
    "chevron-down": f'<path d="M6 9l6 6 6-6" {S}/>',
    "rotate": f'<path d="M20 12a8 8 0 1 1-3-6.2M20 4v4.5h-4.5" {S}/>',
    "delete": f'<path d="M4 7h16M9 7V4.5h6V7M6 7l1 13h10l1-13M10 11v5M14 11v5" {S}/>',
    "copy": f'<rect x="8" y="8" width="12" height="12" rx="2" {S}/><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" {S}/>',
    "check": f'<path d="M5 12.5l4.5 4.5L19 7.5" {S}/>',
    "play": f'<path d="M8 5v14l11-7z" {F}/>',
    "pause": f'<path d="M8 5v14M16 5v14" fill="none" stroke="{{c}}" stroke-width="3" stroke-linecap="round"/>',
    "volume": f'<path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" {S}/><path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" {S}/>',
    "volume-off": f'<path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" {S}/><path d="M16 9.5l5 5M21 9.5l-5 5" {S}/>',
    "stop": f'<rect x="6" y="6" width="12" height="12" rx="2" {F}/>',
    "zoom": f'<circle cx="10.5" cy="10.5" r="6.5" {S}/><path d="M15.5 15.5L20 20M8 10.5h5M10.5 8v5" {S}/>',
    "fit": f'<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" {S}/>',
    "offline": f'<path d="M7 18h10a4 4 0 0 0 .5-8A6 6 0 0 0 6 9a4.5 4.5 0 0 0 1 9zM4 4l16 16" {S}/>',
    "show-folder": f'<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" {S}/><path d="M10 13h6M13 10l3 3-3 3" {S}/>',
    "density": f'<rect x="4" y="4" width="7" height="7" rx="1.5" {S}/><rect x="13" y="4" width="7" height="7" rx="1.5" {S}/><rect x="4" y="13" width="7" height="7" rx="1.5" {S}/><rect x="13" y="13" width="7" height="7" rx="1.5" {S}/>',
    "add": f'<path d="M12 5v14M5 12h14" {S}/>',
    "video": f'<rect x="3" y="6" width="13" height="12" rx="2" {S}/><path d="M16 10.5l5-3v9l-5-3z" {S}/>',
    "place": f'<path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z" {S}/><circle cx="12" cy="10" r="2.2" {S}/>',
    "tag": f'<path d="M3.5 12.5V4.5a1 1 0 0 1 1-1h8l8 8-9 9z" {S}/><circle cx="8" cy="8" r="1.4" {F}/>',
    "calendar": f'<rect x="3.5" y="5" width="17" height="15" rx="2" {S}/><path d="M3.5 10h17M8 3v4M16 3v4" {S}/>',
    "camera": f'<path d="M4 8h3l2-2.5h6L17 8h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z" {S}/><circle cx="12" cy="13" r="3.5" {S}/>',
    "lens": f'<circle cx="12" cy="12" r="8.5" {S}/><circle cx="12" cy="12" r="4" {S}/>',
    "people": f'<circle cx="9" cy="8.5" r="3.5" {S}/><path d="M2.5 19.5a6.5 6.5 0 0 1 13 0" {S}/><path d="M15.5 5.2a3.5 3.5 0 0 1 0 6.6M18 14.2a6.5 6.5 0 0 1 3.5 5.3" {S}/>',
    "undo": f'<path d="M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" {S}/>',
    "duplicates": f'<rect x="8" y="8" width="13" height="12" rx="2" {S}/><path d="M4 16V6a2 2 0 0 1 2-2h10" {S}/><path d="M10.5 17l3-3.5 2 2 1.5-1.5 2 3" {S}/>',
    "export": f'<path d="M12 15V4M7.5 8.5L12 4l4.5 4.5M5 13v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5" {S}/>',
    "edit": f'<path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" {S}/><path d="M13.5 6.5l4 4" {S}/>',
    "redo": f'<path d="M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" {S}/>',
    "rotate-left": f'<path d="M4 12a8 8 0 1 0 3-6.2M4 4v4.5h4.5" {S}/>',
    "flip-horizontal": f'<path d="M12 3v18" {S} stroke-dasharray="2 3"/><path d="M9 6L3 18h6zM15 6l6 12h-6z" {S}/>',
    "flip-vertical": f'<path d="M3 12h18" {S} stroke-dasharray="2 3"/><path d="M6 9L18 3v6zM6 15l12 6v-6z" {S}/>',
    "compare": f'<rect x="3" y="4" width="18" height="16" rx="2" {S}/><path d="M12 2v20" {S}/><path d="M12 4h7a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-7z" {F}/>',
    "auto": f'<path d="M5 19L15 9M13 7l4 4" {S}/><path d="M17 3v3M15.5 4.5h3M20 9v2M19 10h2M8 3v2M7 4h2" {S}/>',
    "album": f'<rect x="3" y="7" width="14" height="14" rx="2" {S}/><path d="M7 3h12a2 2 0 0 1 2 2v12" {S}/><path d="M6 18l3-4 2 2.5 1.5-2 2.5 3.5" {S}/>',
    "album-add": f'<rect x="3" y="7" width="14" height="14" rx="2" {S}/><path d="M7 3h12a2 2 0 0 1 2 2v12" {S}/><path d="M10 11v6M7 14h6" {S}/>',
    "album-remove": f'<rect x="3" y="7" width="14" height="14" rx="2" {S}/><path d="M7 3h12a2 2 0 0 1 2 2v12" {S}/><path d="M7 14h6" {S}/>',
    "archive": f'<rect x="3" y="4" width="18" height="4.5" rx="1" {S}/><path d="M5 8.5V18a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8.5" {S}/><path d="M12 11.5v5M9.5 14l2.5 2.5 2.5-2.5" {S}/>',
    "unarchive": f'<rect x="3" y="4" width="18" height="4.5" rx="1" {S}/><path d="M5 8.5V18a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8.5" {S}/><path d="M12 16.5v-5M9.5 14l2.5-2.5 2.5 2.5" {S}/>',
    "restore": f'<path d="M4 13a8 8 0 1 0 2.5-5.8M4 4v4.5h4.5" {S}/><path d="M12 9v4l3 2" {S}/>',
}
TINTS = {"": "#444746", "-dark": "#e3e3e3", "-white": "#ffffff"}

here = os.path.dirname(os.path.abspath(__file__))
for name, body in ICONS.items():
    for suffix, colour in TINTS.items():
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
               + body.replace("{c}", colour) + "</svg>\n")
        with open(os.path.join(here, f"{name}{suffix}.svg"), "w") as f:
            f.write(svg)
