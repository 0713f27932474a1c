using System.Runtime.CompilerServices;

// The CLI (assembly "marsad") runs watch and sources; the watch tests drive the same internals.
[assembly: InternalsVisibleTo("marsad")]
[assembly: InternalsVisibleTo("Marsad.Watch.Tests")]
