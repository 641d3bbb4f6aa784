/**
 * Installs the methods of the builtin types and the runtime hooks (str % args, set operators,
 * dict | dict, __dict__ materialisation). Import once for the side effects.
 */
import './iterator';
import './format';
import './str';
import './list';
import './tuple';
import './dict';
import './mappingproxy';
import './set';
import './int';
import './range';
import './bytes';
import './float-hex';
import './int-bytes';
import './bytearray';
import './container-dunders';
import './bytes-ops';
import './bytes-methods';
import './bytes-percent';
import './memoryview';
import './memoryview-methods';

import '../setorder';
import './generic-alias';
