namespace Marsad.Ingest;
