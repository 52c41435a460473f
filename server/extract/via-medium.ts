// "The group said via its affiliated Amaq news agency that C", "said through the state-run
// IRNA agency that C": a body speaking through a medium, which is the outlet of what it says.

/** " via its affiliated Amaq news agency": group 1 the medium's name, group 2 a media noun after it. */
export const VIA_MEDIUM_AT = /[ \t]*,?[ \t]*(?:via|through)[ \t]+(?:(?:its|his|her|their|the)[ \t]+(?:(?:own|official|affiliated|mouthpiece|propaganda|state|state-run|state-owned|semi-?official|news)[ \t]+)*)?(\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3})([ \t]+(?:news[ \t]+agency|agency|television|TV|radio|channel|newspaper|daily|website|broadcaster|outlet|news[ \t]+outlet|news[ \t]+site))?(?=[ \t]*(?:[,.;:]|$|that(?![\p{L}])))/uy;
