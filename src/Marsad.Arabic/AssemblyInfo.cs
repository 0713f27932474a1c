namespace Marsad.Arabic;
