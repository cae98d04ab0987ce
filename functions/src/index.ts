// Initialises the Admin SDK and re-exports every function; no logic lives here.
import './admin';
