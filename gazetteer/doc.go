// Package gazetteer turns a name in news text into an actor and an
// affiliation: "Tehran", "Iranian" and "the IRGC" all speak for Iran, "the
// Kremlin" for Russia, "UNRWA" for the United Nations. Attribution (whose
// words a sentence carries) and actor finding (who a story is about) share
// it, so a speaker and a mention resolve alike.
//
// # Sources
//
// Two tables, embedded with the package so that nothing is fetched at run
// time:
//
//   - data/generated.tsv: countries and territories with their names and
//     aliases ("United States", "US", "U.S.", "America"), capitals and
//     demonyms with their plurals ("Iranian", "Iranians"), and the
//     first-level subdivisions of ten countries as places of their country
//     ("Ohio", "Ontario", "Queensland": from ISO 3166-2), written by
//     scripts/gazetteer/regen.sh from the npm packages countries-list,
//     i18n-iso-countries and i18n-nationality and the Debian packages
//     iso-codes and unicode-cldr-core, each at a pinned version. A name two
//     countries both claim ("Congo", "Kingston", "Punjab") is left out, and
//     so is a subdivision named like a country or capital ("Georgia",
//     "Berlin") or like an everyday name ("Victoria").
//   - data/curated.tsv: what those packages lack, written by hand with a
//     note on every row: seats of government and their metonyms ("the
//     White House", "Downing Street"), ministries, armed forces and
//     intelligence services ("IDF", "Pentagon", "Mossad"), international
//     organisations ("UN", "UNRWA", "NATO"), armed and political groups
//     ("Hamas", "Houthis"), US parties ("GOP", "Democrats"), places that
//     are no country ("West Bank") and corrections to the generated table
//     (its demonym list calls the Welsh people of Wallis and Futuna). A
//     curated row replaces a generated row of the same name.
//
// data/LICENSES.md records each source's version and licence.
//
// # Kinds and affiliation
//
// Every entry has a Kind (Country, Capital, Demonym, Seat, Agency,
// Organisation, Group, Party, Place, Subdivision), a Canonical actor and an
// Affiliation. A country's capital and demonyms name the country itself: their
// Canonical is the country, because "Tehran said" and "Iranian officials
// said" report Iran's voice. Every other entry is an actor of its own
// ("Israel Defense Forces", "Kremlin") whose Affiliation is the country or
// organisation it speaks for: the state that runs a seat of government,
// ministry, armed force or agency ("Israel" for the IDF); the United Nations
// for its agencies and organs; an organisation, group or party itself; and
// the parent group for an armed wing ("Hamas" for the Qassam Brigades). A
// few names speak for no one ("Middle East", "Kurds") and have none; they
// are listed so that the longest match reads "Native American" or "New
// Mexico" as a whole rather than finding "American" or "Mexico" inside it.
// Every affiliation is some entry's Canonical, and every Canonical has a
// row of its own; the tests hold the data to both.
//
// # Matching
//
// Names are matched on the token forms of framediff's text package, so a
// name matches exactly where the rest of framediff sees its words: "U.S." is
// one token, "al-Qaeda" three ("al", "-", "Qaeda"; the hyphen is optional
// in a match), "Iran's" one (the possessive is stripped). Words compare in
// lower case, except for entries marked case-sensitive ("WHO", "US", "UN"),
// whose lower-case forms are everyday words. A name that often means
// something else in news text ("Georgia", "Jordan", "Washington", "PA") is
// marked Ambiguous, and its Via says what else it means; the caller decides
// how much context to ask for.
package gazetteer
