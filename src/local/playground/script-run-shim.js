// Injected by the playground into each sidebar: google.script.run, carried over HTTP to the
// emulator that runs dist/Code.js. It refuses what the real one cannot carry (Dates, functions).
(function () {
  function carriable(value) {
    if (value === null || value === undefined) return true;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return true;
    if (t === 'function' || value instanceof Date) return false;
    if (Array.isArray(value)) return value.every(carriable);
    if (t === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.keys(value).every(function (k) {
        return carriable(value[k]);
      });
    }
    return false;
  }
  function runner(onSuccess, onFailure, userObject) {
    return new Proxy(
      {},
      {
        get: function (_target, name) {
          if (name === 'withSuccessHandler')
            return function (fn) {
              return runner(fn, onFailure, userObject);
            };
          if (name === 'withFailureHandler')
            return function (fn) {
              return runner(onSuccess, fn, userObject);
            };
          if (name === 'withUserObject')
            return function (obj) {
              return runner(onSuccess, onFailure, obj);
            };
          return function () {
            var args = Array.prototype.slice.call(arguments);
            var fail = function (message) {
              if (onFailure) onFailure(new Error(message), userObject);
            };
            if (!args.every(carriable)) {
              fail('Недопустимый аргумент: google.script.run не передаёт даты, функции и объекты классов');
              return;
            }
            fetch('/api/run', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ fn: String(name), args: args }),
            })
              .then(function (res) {
                return res.json();
              })
              .then(
                function (reply) {
                  if (reply.ok) {
                    if (onSuccess) onSuccess(reply.value, userObject);
                  } else fail(reply.error);
                  parent.postMessage('klaster:refresh', '*');
                },
                function (err) {
                  fail('Песочница недоступна: ' + err.message);
                },
              );
          };
        },
      },
    );
  }
  window.google = {
    script: {
      playground: true,
      run: runner(null, null, undefined),
      host: {
        close: function () {
          parent.postMessage('klaster:close', '*');
        },
        editor: { focus: function () {} },
      },
    },
  };
})();
