namespace Marsad.Storage;
